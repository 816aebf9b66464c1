"""A local, spec-validated emulator of the LetsGetChecked B2B API, for building and testing integrations.

from lgc_sandbox import Sandbox
with Sandbox() as sandbox:
    sandbox.base_url, sandbox.client.client_id, sandbox.client.access_key_id, ...
"""

from .server import Sandbox
from .state import ClientAccount
from .webhooks import Delivery, RetrySchedule, sign

__all__ = ["ClientAccount", "Delivery", "RetrySchedule", "Sandbox", "sign"]
