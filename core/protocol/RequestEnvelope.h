#pragma once

#include "core/protocol/StatusCode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace hearth::protocol {

// The <header> of a HealthVault request (request.xsd Header plus culture-code).
struct RequestHeader
{
    QString method;
    int methodVersion = 0; // 0: not sent
    QUuid targetPersonId;
    QUuid recordId;
    QUuid appId; // anonymous methods only
    QString authToken; // auth-session/auth-token
    QString userAuthToken; // auth-session/user-auth-token (wctoken)
    QUuid offlinePersonId; // auth-session/offline-person-info/offline-person-id
    QString cultureCode;
    QString language;
    QString country;
    QDateTime msgTime;
    int msgTtl = 1800;
    QString version;
    QString infoHashAlgorithm; // "SHA256" (current) or "SHA1" (old clients); empty: none
    QByteArray infoHash; // decoded

    bool hasAuthSession() const { return !authToken.isEmpty(); }
};

// Why a request could not be read: the status to answer and a message.
struct ProtocolError
{
    StatusCode status = StatusCode::Ok;
    QString message;
};

// One request document of the HealthVault XML API. Parsing keeps the exact
// received bytes of <header> and <info>, because the info-hash and the header
// HMAC are computed by clients over the bytes they sent, not over any
// canonical form.
class RequestEnvelope
{
public:
    // Reads a decompressed request body. Rejects a DOCTYPE, non-UTF-8
    // documents, a wrong root, missing or misplaced parts and malformed
    // fields with INVALID_XML (or INVALID_DATETIME for msg-time).
    static std::optional<RequestEnvelope> parse(QByteArrayView xml, ProtocolError *error);

    // Builds the bytes of a request as the SDKs do: the info hash over
    // `infoXml` (which must be the whole <info>…</info> element), then the
    // header HMAC keyed with `sharedSecret` when it is not empty (an
    // authenticated call) and `hmacAlgorithm` is HMACSHA256 or HMACSHA1.
    static QByteArray write(const RequestHeader &header, QByteArrayView infoXml,
        QByteArrayView sharedSecret = {},
        const QString &hmacAlgorithm = QStringLiteral("HMACSHA256"));

    const RequestHeader &header() const { return m_header; }
    // The exact <header>…</header> and <info>…</info> bytes as received.
    const QByteArray &rawHeader() const { return m_rawHeader; }
    const QByteArray &rawInfo() const { return m_rawInfo; }
    bool isSigned() const { return !m_hmac.isEmpty(); }
    const QString &hmacAlgorithm() const { return m_hmacAlgorithm; }

    // True when the header's info-hash equals the hash of the raw info bytes
    // (SHA256 or SHA1 per its algName). False when there is no info-hash.
    bool infoHashMatches() const;
    // True when auth/hmac-data is the HMAC of the raw header bytes under
    // `sharedSecret` (constant-time compare).
    bool hmacMatches(QByteArrayView sharedSecret) const;
    // True when `now` is past msg-time + msg-ttl.
    bool isExpired(const QDateTime &now) const;

private:
    RequestHeader m_header;
    QByteArray m_rawHeader;
    QByteArray m_rawInfo;
    QString m_hmacAlgorithm;
    QByteArray m_hmac;
};

// Hash and HMAC by the algorithm names on the wire ("SHA256", "SHA1",
// "HMACSHA256", "HMACSHA1"); empty results for an unknown name.
QByteArray hashBytes(const QString &algorithm, QByteArrayView data);
QByteArray hmacBytes(const QString &algorithm, QByteArrayView key, QByteArrayView data);
// Compares secrets in constant time.
bool equalSecrets(QByteArrayView a, QByteArrayView b);

} // namespace hearth::protocol
