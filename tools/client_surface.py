"""The public surface of a generated ``lgc_b2b`` package, read from its source, and how two differ.

Read with ``ast`` rather than imported, so two generations (before and after a spec change) can
be compared side by side without import clashes.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Field:
    annotation: str
    required: bool


@dataclass
class Surface:
    operations: dict[str, dict[str, Field]] = field(default_factory=dict)  # "orders_v2.put_order_v2" -> params
    returns: dict[str, str] = field(default_factory=dict)  # operation -> return type of sync()
    models: dict[str, dict[str, Field]] = field(default_factory=dict)  # class -> attrs fields
    enums: dict[str, dict[str, str]] = field(default_factory=dict)  # enum -> member -> value
    open_enums: set[str] = field(default_factory=set)  # enums used only inside `Enum | str` unions


@dataclass(frozen=True)
class Change:
    text: str
    breaking: bool


def _params(function: ast.FunctionDef) -> dict[str, Field]:
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    found = {
        arg.arg: Field(ast.unparse(arg.annotation) if arg.annotation else "", default is None)
        for arg, default in zip(positional, defaults, strict=True)
    }
    for arg, kw_default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        found[arg.arg] = Field(ast.unparse(arg.annotation) if arg.annotation else "", kw_default is None)
    found.pop("client", None)
    return found


def read_surface(package: Path) -> Surface:
    surface = Surface()
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        name = f"{module.parent.name}.{module.stem}"
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
                surface.operations[name] = _params(node)
            if isinstance(node, ast.FunctionDef) and node.name == "sync" and node.returns is not None:
                surface.returns[name] = ast.unparse(node.returns)
    annotations: list[str] = []
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {ast.unparse(base) for base in node.bases}
            if bases & {"StrEnum", "IntEnum", "Enum", "str, Enum"}:
                surface.enums[node.name] = {
                    target.id: ast.unparse(statement.value)
                    for statement in node.body
                    if isinstance(statement, ast.Assign)
                    for target in statement.targets
                    if isinstance(target, ast.Name)
                }
                continue
            fields: dict[str, Field] = {}
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                    if statement.target.id == "additional_properties":
                        continue
                    annotation = ast.unparse(statement.annotation)
                    fields[statement.target.id] = Field(annotation, statement.value is None)
                    annotations.append(annotation)
            surface.models[node.name] = fields
    for enum in surface.enums:
        uses = [{part.strip() for part in annotation.split("|")} for annotation in annotations]
        uses = [parts for parts in uses if enum in parts or f"list[{enum}]" in parts]
        if uses and all("str" in parts for parts in uses):
            surface.open_enums.add(enum)
    return surface


def _without_unset(annotation: str) -> str:
    return " | ".join(part.strip() for part in annotation.split("|") if part.strip() != "Unset")


def _fields(model: str, old: dict[str, Field], new: dict[str, Field], *, sent: bool) -> list[Change]:
    """Field changes of one model; ``sent`` models are built by users (request bodies), others parsed."""
    changes = []
    for name in sorted(old.keys() - new.keys()):
        changes.append(Change(f"`{model}.{name}` was removed: code reading or setting it breaks", True))
    for name in sorted(new.keys() - old.keys()):
        field_ = new[name]
        if field_.required:
            changes.append(Change(f"`{model}.{name}` was added and is **required** (`{field_.annotation}`)", sent))
        else:
            changes.append(Change(f"`{model}.{name}` was added, optional (`{field_.annotation}`)", False))
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        if _without_unset(before.annotation) != _without_unset(after.annotation):
            changes.append(Change(f"`{model}.{name}` changed type: `{before.annotation}` → `{after.annotation}`", True))
        if before.required != after.required:
            if after.required:
                changes.append(Change(f"`{model}.{name}` is now required", True))
            else:
                changes.append(
                    Change(f"`{model}.{name}` is now optional: code reading it must handle `UNSET`", not sent)
                )
    return changes


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def sent_models(surface: Surface) -> set[str]:
    """Models users build to send: request bodies and every model reachable from them."""
    pending = [
        name
        for params in surface.operations.values()
        if "body" in params
        for name in _NAME.findall(params["body"].annotation)
        if name in surface.models
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found.add(name)
        for field_ in surface.models[name].values():
            pending += [n for n in _NAME.findall(field_.annotation) if n in surface.models]
    return found


def compare(old: Surface, new: Surface) -> list[Change]:
    """What changes for code that uses the package, in its users' terms; ``breaking`` marks what breaks it."""
    changes: list[Change] = []
    for operation in sorted(old.operations.keys() - new.operations.keys()):
        changes.append(Change(f"Operation `lgc_b2b.api.{operation}` was removed", True))
    for operation in sorted(new.operations.keys() - old.operations.keys()):
        changes.append(Change(f"Operation `lgc_b2b.api.{operation}` was added", False))
    for operation in sorted(old.operations.keys() & new.operations.keys()):
        before, after = old.operations[operation], new.operations[operation]
        short = operation.split(".")[-1]
        for name in sorted(before.keys() - after.keys()):
            changes.append(Change(f"`{short}` no longer takes `{name}`", True))
        for name in sorted(after.keys() - before.keys()):
            required = after[name].required
            changes.append(Change(f"`{short}` takes a new {'required' if required else 'optional'} `{name}`", required))
        for name in sorted(before.keys() & after.keys()):
            if before[name] != after[name]:
                changes.append(
                    Change(
                        f"`{short}` argument `{name}`: `{before[name].annotation}` → `{after[name].annotation}`", True
                    )
                )
        if old.returns.get(operation) != new.returns.get(operation):
            changes.append(
                Change(
                    f"`{short}` now returns `{new.returns.get(operation)}` (was `{old.returns.get(operation)}`)",
                    True,
                )
            )
    request_models = sent_models(old) | sent_models(new)
    parsed = {
        name
        for model, fields in old.models.items()
        if model not in request_models
        for field_ in fields.values()
        for name in _NAME.findall(field_.annotation)
        if name in old.enums
    }
    for model in sorted(old.models.keys() - new.models.keys()):
        changes.append(Change(f"Model `{model}` was removed", True))
    for model in sorted(new.models.keys() - old.models.keys()):
        changes.append(Change(f"Model `{model}` was added", False))
    for model in sorted(old.models.keys() & new.models.keys()):
        changes += _fields(model, old.models[model], new.models[model], sent=model in request_models)
    for enum in sorted(old.enums.keys() - new.enums.keys()):
        changes.append(Change(f"Enum `{enum}` was removed", True))
    for enum in sorted(new.enums.keys() - old.enums.keys()):
        changes.append(Change(f"Enum `{enum}` was added", False))
    for enum in sorted(old.enums.keys() & new.enums.keys()):
        old_members, new_members = old.enums[enum], new.enums[enum]
        for member in sorted(old_members.keys() - new_members.keys()):
            value = old_members[member]
            changes.append(Change(f"`{enum}` lost `{member} = {value}`: code naming it breaks", True))
        for member in sorted(new_members.keys() - old_members.keys()):
            value = new_members[member]
            if enum not in parsed:
                text = f"`{enum}` gained `{member} = {value}`: sent in requests only, nothing breaks"
                changes.append(Change(text, False))
            elif enum in old.open_enums:
                text = (
                    f"`{enum}` gained `{member} = {value}`: an open enum, so clients generated before "
                    "this change parse it as a plain `str`; code matching on the status should handle it"
                )
                changes.append(Change(text, False))
            else:
                text = (
                    f"`{enum}` gained `{member} = {value}`: a closed enum, so clients generated before "
                    "this change raise `ValueError` on responses carrying it"
                )
                changes.append(Change(text, True))
    return changes
