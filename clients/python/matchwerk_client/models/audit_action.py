from enum import StrEnum

class AuditAction(StrEnum):
    API_KEY_CREATE = "api_key.create"
    API_KEY_REVOKE = "api_key.revoke"
    AUDIT_PRUNE = "audit.prune"
    CANDIDATE_CREATE = "candidate.create"
    CANDIDATE_ERASE = "candidate.erase"
    CANDIDATE_HANDOVER = "candidate.handover"
    CANDIDATE_READ = "candidate.read"
    CANDIDATE_RELEASE = "candidate.release"
    CANDIDATE_UPDATE = "candidate.update"
    CONSENT_CHANGE = "consent.change"
    USER_CREATE = "user.create"
    USER_SIGN_IN = "user.sign_in"
    USER_UPDATE = "user.update"

    def __str__(self) -> str:
        return str(self.value)
