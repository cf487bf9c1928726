#include "core/protocol/StatusCode.h"

namespace hearth::protocol {

namespace {
struct StatusInfo
{
    StatusCode code;
    const char *name;
    const char *description;
};

constexpr StatusInfo kStatuses[] = {
    { StatusCode::Ok, "OK", "The request was successful." },
    { StatusCode::Failed, "FAILED", "Generic failure due to an internal error." },
    { StatusCode::BadHttp, "BAD_HTTP", "HTTP protocol problem." },
    { StatusCode::InvalidXml, "INVALID_XML", "Request XML cannot be parsed or is non-conformant." },
    { StatusCode::BadSig, "BAD_SIG", "Signature validation failed." },
    { StatusCode::BadMethod, "BAD_METHOD", "No such method." },
    { StatusCode::InvalidApp, "INVALID_APP", "The application does not exist or is not active." },
    { StatusCode::CredentialTokenExpired, "CREDENTIAL_TOKEN_EXPIRED",
        "Credential token has expired." },
    { StatusCode::InvalidToken, "INVALID_TOKEN", "Auth token malformed or unknown." },
    { StatusCode::InvalidPerson, "INVALID_PERSON", "Person does not exist or is not active." },
    { StatusCode::InvalidRecord, "INVALID_RECORD", "Given record id does not exist." },
    { StatusCode::AccessDenied, "ACCESS_DENIED", "Person or app does not have sufficient rights." },
    { StatusCode::Nyi, "NYI", "The functionality being accessed is not yet implemented." },
    { StatusCode::InvalidThing, "INVALID_THING", "Invalid thing identifier." },
    { StatusCode::CantConvertUnits, "CANT_CONVERT_UNITS", "Units cannot be converted." },
    { StatusCode::InvalidFilter, "INVALID_FILTER", "Missing or invalid GetThings filter." },
    { StatusCode::InvalidFormat, "INVALID_FORMAT", "Missing or invalid GetThings format." },
    { StatusCode::MissingSharedSecret, "MISSING_SHARED_SECRET",
        "A credential was supplied without a shared secret." },
    { StatusCode::InvalidAppAuth, "INVALID_APPAUTH", "Authorized applications entry missing." },
    { StatusCode::InvalidThingType, "INVALID_THING_TYPE", "Thing type does not exist." },
    { StatusCode::ThingTypeImmutable, "THING_TYPE_IMMUTABLE",
        "Things of this type cannot be updated." },
    { StatusCode::ThingTypeUncreatable, "THING_TYPE_UNCREATABLE",
        "Things of this type cannot be created." },
    { StatusCode::DuplicateCredentialFound, "DUPLICATE_CREDENTIAL_FOUND",
        "Duplicate credential found." },
    { StatusCode::InvalidRecordName, "INVALID_RECORD_NAME", "Invalid record name." },
    { StatusCode::InvalidPersonState, "INVALID_PERSON_STATE", "Invalid person state." },
    { StatusCode::InvalidCodeset, "INVALID_CODESET", "Requested code set was not found." },
    { StatusCode::InvalidLoginName, "INVALID_LOGIN_NAME", "Invalid login name." },
    { StatusCode::InvalidPassword, "INVALID_PASSWORD", "Invalid password." },
    { StatusCode::InvalidTransform, "INVALID_TRANSFORM", "Transform cannot be loaded." },
    { StatusCode::InvalidRecordState, "INVALID_RECORD_STATE", "Invalid record state." },
    { StatusCode::RequestTooLong, "REQUEST_TOO_LONG",
        "The request exceeds the maximum allowed request length." },
    { StatusCode::DuplicateAuthorizedRecordFound, "DUPLICATE_AUTHORIZED_RECORD_FOUND",
        "Duplicate authorized record found." },
    { StatusCode::RequestTimedOut, "REQUEST_TIMED_OUT",
        "The request is older than msg-time plus msg-ttl." },
    { StatusCode::TooManyGroupsInQuery, "TOO_MANY_GROUPS_IN_QUERY",
        "The query has more groups than the service allows." },
    { StatusCode::InvalidVocabulary, "INVALID_VOCABULARY", "The vocabulary does not exist." },
    { StatusCode::ThingTypeUndeletable, "THING_TYPE_UNDELETABLE",
        "Things of this type cannot be deleted." },
    { StatusCode::VersionStampMissing, "VERSION_STAMP_MISSING",
        "An update needs the thing's version stamp." },
    { StatusCode::VersionStampMismatch, "VERSION_STAMP_MISMATCH",
        "The version stamp is not the thing's latest." },
    { StatusCode::AuthenticatedSessionTokenExpired, "AUTHENTICATED_SESSION_TOKEN_EXPIRED",
        "The authenticated session token has expired." },
    { StatusCode::InvalidPersonId, "INVALID_PERSON_ID", "Invalid person id." },
    { StatusCode::RecordQuotaExceeded, "RECORD_QUOTA_EXCEEDED", "The record quota is exceeded." },
    { StatusCode::InvalidDatetime, "INVALID_DATETIME", "Invalid date or time." },
    { StatusCode::ResponseTooLong, "RESPONSE_TOO_LONG", "The response would be too long." },
    { StatusCode::InvalidBlobRefUrl, "INVALID_BLOB_REF_URL", "The blob reference URL is invalid." },
    { StatusCode::BlobSizeTooLargeForInline, "BLOB_SIZE_TOO_LARGE_FOR_INLINE",
        "The blob is too large to be sent inline." },
    { StatusCode::DuplicateBlob, "DUPLICATE_BLOB", "Two blobs have the same name." },
    { StatusCode::BlobTokenCommitted, "BLOB_TOKEN_COMMITTED", "The blob is already committed." },
    { StatusCode::BlobTokenNotCompleted, "BLOB_TOKEN_NOT_COMPLETED",
        "The blob upload is not complete." },
    { StatusCode::InvalidBlobHashAlgorithm, "INVALID_BLOB_HASH_ALGORITHM",
        "The blob hash algorithm is not supported." },
    { StatusCode::UnsupportedBlobHashBlockSize, "UNSUPPORTED_BLOB_HASH_BLOCK_SIZE",
        "The blob hash block size is not supported." },
    { StatusCode::BlobHashAlgorithmMismatch, "BLOB_HASH_ALGORITHM_MISMATCH",
        "The blob hash algorithm does not match the blob's." },
    { StatusCode::BlobHashBlockSizeMismatch, "BLOB_HASH_BLOCK_SIZE_MISMATCH",
        "The blob hash block size does not match the blob's." },
    { StatusCode::InvalidBlobHash, "INVALID_BLOB_HASH", "The blob hash does not match its data." },
    { StatusCode::InvalidThingState, "INVALID_THING_STATE", "Invalid thing state." },
    { StatusCode::TooManyThingsSpecified, "TOO_MANY_THINGS_SPECIFIED",
        "Too many things in one request." },
    { StatusCode::ApplicationCreationTokenInvalid, "APPLICATION_CREATION_TOKEN_INVALID",
        "The application creation token is invalid." },
    { StatusCode::InvalidInstanceId, "INVALID_INSTANCE_ID", "Invalid instance id." },
};

const StatusInfo *find(StatusCode code)
{
    for (const StatusInfo &info : kStatuses) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}
} // namespace

QString statusName(StatusCode code)
{
    const StatusInfo *info = find(code);
    return QString::fromLatin1(info ? info->name : "UNKNOWN");
}

QString statusDescription(StatusCode code)
{
    const StatusInfo *info = find(code);
    return QString::fromLatin1(info ? info->description : "Unknown status.");
}

} // namespace hearth::protocol
