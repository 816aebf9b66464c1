"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .choice import Choice
from .get_questionnaire_v1_gender import GetQuestionnaireV1Gender
from .lgc_kit_identifier import LgcKitIdentifier
from .o_auth_error import OAuthError
from .order_item_patch_request import OrderItemPatchRequest
from .order_item_request import OrderItemRequest
from .order_item_status import OrderItemStatus
from .order_item_status_change import OrderItemStatusChange
from .order_item_v2 import OrderItemV2
from .order_notification_v1 import OrderNotificationV1
from .order_notification_v1_body import OrderNotificationV1Body
from .order_notification_v2 import OrderNotificationV2
from .order_notification_v2_body import OrderNotificationV2Body
from .order_status import OrderStatus
from .order_status_v1_response import OrderStatusV1Response
from .order_v1_receipt import OrderV1Receipt
from .order_v1_request import OrderV1Request
from .order_v2 import OrderV2
from .order_v2_request import OrderV2Request
from .other_notification import OtherNotification
from .other_notification_body import OtherNotificationBody
from .outreach_notification import OutreachNotification
from .outreach_notification_body import OutreachNotificationBody
from .patch_operation import PatchOperation
from .patch_operation_op import PatchOperationOp
from .patient_info import PatientInfo
from .physician_info import PhysicianInfo
from .problem_detail import ProblemDetail
from .question import Question
from .question_type import QuestionType
from .questionnaire import Questionnaire
from .questionnaire_info import QuestionnaireInfo
from .result_notification import ResultNotification
from .result_notification_body import ResultNotificationBody
from .shipment import Shipment
from .token_request import TokenRequest
from .token_response import TokenResponse

__all__ = (
    "Address",
    "Choice",
    "GetQuestionnaireV1Gender",
    "LgcKitIdentifier",
    "OAuthError",
    "OrderItemPatchRequest",
    "OrderItemRequest",
    "OrderItemStatus",
    "OrderItemStatusChange",
    "OrderItemV2",
    "OrderNotificationV1",
    "OrderNotificationV1Body",
    "OrderNotificationV2",
    "OrderNotificationV2Body",
    "OrderStatus",
    "OrderStatusV1Response",
    "OrderV1Receipt",
    "OrderV1Request",
    "OrderV2",
    "OrderV2Request",
    "OtherNotification",
    "OtherNotificationBody",
    "OutreachNotification",
    "OutreachNotificationBody",
    "PatchOperation",
    "PatchOperationOp",
    "PatientInfo",
    "PhysicianInfo",
    "ProblemDetail",
    "Question",
    "Questionnaire",
    "QuestionnaireInfo",
    "QuestionType",
    "ResultNotification",
    "ResultNotificationBody",
    "Shipment",
    "TokenRequest",
    "TokenResponse",
)
