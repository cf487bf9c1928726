#pragma once

#include <QString>

namespace hearth::protocol {

// The platform status codes of the HealthVault XML API (docs
// concepts/xml-api/status-codes.md). They travel in <status><code> of an
// HTTP 200 response; the numbers are the wire values.
enum class StatusCode : int {
    Ok = 0,
    Failed = 1,
    BadHttp = 2,
    InvalidXml = 3,
    BadSig = 4,
    BadMethod = 5,
    InvalidApp = 6,
    CredentialTokenExpired = 7,
    InvalidToken = 8,
    InvalidPerson = 9,
    InvalidRecord = 10,
    AccessDenied = 11,
    Nyi = 12,
    InvalidThing = 13,
    CantConvertUnits = 14,
    InvalidFilter = 15,
    InvalidFormat = 16,
    MissingSharedSecret = 17,
    InvalidAppAuth = 18,
    InvalidThingType = 19,
    ThingTypeImmutable = 20,
    ThingTypeUncreatable = 21,
    DuplicateCredentialFound = 22,
    InvalidRecordName = 23,
    InvalidPersonState = 25,
    InvalidCodeset = 26,
    InvalidLoginName = 31,
    InvalidPassword = 32,
    InvalidTransform = 34,
    InvalidRecordState = 37,
    RequestTooLong = 39,
    DuplicateAuthorizedRecordFound = 40,
    RequestTimedOut = 49,
    TooManyGroupsInQuery = 53,
    InvalidVocabulary = 55,
    ThingTypeUndeletable = 59,
    VersionStampMissing = 60,
    VersionStampMismatch = 61,
    AuthenticatedSessionTokenExpired = 65,
    InvalidPersonId = 67,
    RecordQuotaExceeded = 68,
    InvalidDatetime = 69,
    ResponseTooLong = 71,
    InvalidBlobRefUrl = 88,
    BlobSizeTooLargeForInline = 99,
    DuplicateBlob = 100,
    BlobTokenCommitted = 101,
    BlobTokenNotCompleted = 102,
    InvalidBlobHashAlgorithm = 106,
    UnsupportedBlobHashBlockSize = 107,
    BlobHashAlgorithmMismatch = 108,
    BlobHashBlockSizeMismatch = 109,
    InvalidBlobHash = 111,
    InvalidThingState = 123,
    TooManyThingsSpecified = 124,
    ApplicationCreationTokenInvalid = 135,
    InvalidInstanceId = 153,
};

// The docs' UPPER_SNAKE name of a code, e.g. "ACCESS_DENIED"; "UNKNOWN" for
// numbers this enum does not name.
QString statusName(StatusCode code);

// A one-line English description suitable for <error><message>.
QString statusDescription(StatusCode code);

} // namespace hearth::protocol
