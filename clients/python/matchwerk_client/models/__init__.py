""" Contains all the data models used in inputs/outputs """

from .assigned_pair import AssignedPair
from .assignment_figures import AssignmentFigures
from .assignment_request import AssignmentRequest
from .assignment_result import AssignmentResult
from .attempt_public import AttemptPublic
from .audit_action import AuditAction
from .audit_entry import AuditEntry
from .audit_entry_details import AuditEntryDetails
from .blocker_code import BlockerCode
from .candidate_chart_lang import CandidateChartLang
from .candidate_chart_status_type_0 import CandidateChartStatusType0
from .candidate_create import CandidateCreate
from .candidate_occupation_summary import CandidateOccupationSummary
from .candidate_public import CandidatePublic
from .candidate_statistics_lang import CandidateStatisticsLang
from .candidate_statistics_status_type_0 import CandidateStatisticsStatusType0
from .candidate_status import CandidateStatus
from .candidate_summary import CandidateSummary
from .candidate_update import CandidateUpdate
from .cefr_level import CefrLevel
from .cell import Cell
from .cell_key import CellKey
from .cell_labels import CellLabels
from .cell_values import CellValues
from .certificate import Certificate
from .closed_reason import ClosedReason
from .consent import Consent
from .contact import Contact
from .delivery_public import DeliveryPublic
from .delivery_status import DeliveryStatus
from .employer_create import EmployerCreate
from .employer_public import EmployerPublic
from .employer_size import EmployerSize
from .employer_update import EmployerUpdate
from .employment_type import EmploymentType
from .endpoint_create import EndpointCreate
from .endpoint_public import EndpointPublic
from .endpoint_with_secret import EndpointWithSecret
from .erased_person import ErasedPerson
from .erased_person_reason import ErasedPersonReason
from .erasure_page import ErasurePage
from .event_type import EventType
from .handover_format import HandoverFormat
from .health import Health
from .history_entry import HistoryEntry
from .import_result import ImportResult
from .import_summary import ImportSummary
from .interest_create import InterestCreate
from .key_create import KeyCreate
from .key_created import KeyCreated
from .key_public import KeyPublic
from .key_scope import KeyScope
from .language_in import LanguageIn
from .language_summary import LanguageSummary
from .location import Location
from .location_input import LocationInput
from .match_component import MatchComponent
from .match_components import MatchComponents
from .match_flag import MatchFlag
from .match_item import MatchItem
from .match_page import MatchPage
from .occupation_details import OccupationDetails
from .occupation_details_job_titles import OccupationDetailsJobTitles
from .occupation_details_labels import OccupationDetailsLabels
from .occupation_in import OccupationIn
from .occupation_match import OccupationMatch
from .occupation_out import OccupationOut
from .offers import Offers
from .page_audit_entry import PageAuditEntry
from .page_candidate_public import PageCandidatePublic
from .page_delivery_public import PageDeliveryPublic
from .page_employer_public import PageEmployerPublic
from .page_endpoint_public import PageEndpointPublic
from .page_key_public import PageKeyPublic
from .page_placement_public import PagePlacementPublic
from .page_vacancy_public import PageVacancyPublic
from .parent_group import ParentGroup
from .personal import Personal
from .personal_contact import PersonalContact
from .placement_candidate import PlacementCandidate
from .placement_chart_lang import PlacementChartLang
from .placement_chart_status_type_0 import PlacementChartStatusType0
from .placement_create import PlacementCreate
from .placement_public import PlacementPublic
from .placement_public_components_at_proposal import PlacementPublicComponentsAtProposal
from .placement_statistics_route_lang import PlacementStatisticsRouteLang
from .placement_statistics_route_status_type_0 import PlacementStatisticsRouteStatusType0
from .problem import Problem
from .qualification import Qualification
from .qualification_level import QualificationLevel
from .recognition import Recognition
from .recognition_requirement import RecognitionRequirement
from .recognition_status import RecognitionStatus
from .region_level import RegionLevel
from .related_occupation import RelatedOccupation
from .required_language import RequiredLanguage
from .requirements import Requirements
from .residence import Residence
from .residence_status import ResidenceStatus
from .resolution import Resolution
from .role import Role
from .row_result import RowResult
from .row_status import RowStatus
from .stage import Stage
from .statistics_response import StatisticsResponse
from .suggestion_code import SuggestionCode
from .supply_demand_chart_lang import SupplyDemandChartLang
from .supply_demand_chart_status_type_0 import SupplyDemandChartStatusType0
from .supply_demand_statistics_lang import SupplyDemandStatisticsLang
from .supply_demand_statistics_status_type_0 import SupplyDemandStatisticsStatusType0
from .transition_create import TransitionCreate
from .vacancy_create import VacancyCreate
from .vacancy_filter import VacancyFilter
from .vacancy_public import VacancyPublic
from .vacancy_put import VacancyPut
from .vacancy_status import VacancyStatus
from .vacancy_summary import VacancySummary
from .vacancy_update import VacancyUpdate
from .validation_error_item import ValidationErrorItem
from .work_authorization import WorkAuthorization

__all__ = (
    "AssignedPair",
    "AssignmentFigures",
    "AssignmentRequest",
    "AssignmentResult",
    "AttemptPublic",
    "AuditAction",
    "AuditEntry",
    "AuditEntryDetails",
    "BlockerCode",
    "CandidateChartLang",
    "CandidateChartStatusType0",
    "CandidateCreate",
    "CandidateOccupationSummary",
    "CandidatePublic",
    "CandidateStatisticsLang",
    "CandidateStatisticsStatusType0",
    "CandidateStatus",
    "CandidateSummary",
    "CandidateUpdate",
    "CefrLevel",
    "Cell",
    "CellKey",
    "CellLabels",
    "CellValues",
    "Certificate",
    "ClosedReason",
    "Consent",
    "Contact",
    "DeliveryPublic",
    "DeliveryStatus",
    "EmployerCreate",
    "EmployerPublic",
    "EmployerSize",
    "EmployerUpdate",
    "EmploymentType",
    "EndpointCreate",
    "EndpointPublic",
    "EndpointWithSecret",
    "ErasedPerson",
    "ErasedPersonReason",
    "ErasurePage",
    "EventType",
    "HandoverFormat",
    "Health",
    "HistoryEntry",
    "ImportResult",
    "ImportSummary",
    "InterestCreate",
    "KeyCreate",
    "KeyCreated",
    "KeyPublic",
    "KeyScope",
    "LanguageIn",
    "LanguageSummary",
    "Location",
    "LocationInput",
    "MatchComponent",
    "MatchComponents",
    "MatchFlag",
    "MatchItem",
    "MatchPage",
    "OccupationDetails",
    "OccupationDetailsJobTitles",
    "OccupationDetailsLabels",
    "OccupationIn",
    "OccupationMatch",
    "OccupationOut",
    "Offers",
    "PageAuditEntry",
    "PageCandidatePublic",
    "PageDeliveryPublic",
    "PageEmployerPublic",
    "PageEndpointPublic",
    "PageKeyPublic",
    "PagePlacementPublic",
    "PageVacancyPublic",
    "ParentGroup",
    "Personal",
    "PersonalContact",
    "PlacementCandidate",
    "PlacementChartLang",
    "PlacementChartStatusType0",
    "PlacementCreate",
    "PlacementPublic",
    "PlacementPublicComponentsAtProposal",
    "PlacementStatisticsRouteLang",
    "PlacementStatisticsRouteStatusType0",
    "Problem",
    "Qualification",
    "QualificationLevel",
    "Recognition",
    "RecognitionRequirement",
    "RecognitionStatus",
    "RegionLevel",
    "RelatedOccupation",
    "RequiredLanguage",
    "Requirements",
    "Residence",
    "ResidenceStatus",
    "Resolution",
    "Role",
    "RowResult",
    "RowStatus",
    "Stage",
    "StatisticsResponse",
    "SuggestionCode",
    "SupplyDemandChartLang",
    "SupplyDemandChartStatusType0",
    "SupplyDemandStatisticsLang",
    "SupplyDemandStatisticsStatusType0",
    "TransitionCreate",
    "VacancyCreate",
    "VacancyFilter",
    "VacancyPublic",
    "VacancyPut",
    "VacancyStatus",
    "VacancySummary",
    "VacancyUpdate",
    "ValidationErrorItem",
    "WorkAuthorization",
)
