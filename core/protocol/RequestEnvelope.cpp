#include "core/protocol/RequestEnvelope.h"

#include "core/protocol/XsDateTime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <openssl/crypto.h>

namespace hearth::protocol {

namespace {

const QString kRequestNamespace = QStringLiteral("urn:com.microsoft.wc.request");

// Walks the document token by token and remembers where each token began, so
// the raw bytes of <header> and <info> can be cut out of the input.
class EnvelopeReader
{
public:
    EnvelopeReader(const QString &text, ProtocolError *error)
        : m_text(text)
        , m_reader(text)
        , m_error(error)
    { }

    bool read(RequestHeader *header, QByteArray *rawHeader, QByteArray *rawInfo,
        QString *hmacAlgorithm, QByteArray *hmac);

private:
    QXmlStreamReader::TokenType next()
    {
        m_tokenStart = m_reader.characterOffset();
        const auto token = m_reader.readNext();
        if (token == QXmlStreamReader::DTD)
            fail(QStringLiteral("a DOCTYPE is not allowed in a request"));
        return token;
    }
    // The next start or end element at this level, skipping whitespace and comments.
    QXmlStreamReader::TokenType nextElement()
    {
        while (!m_reader.atEnd() && !m_failed) {
            const auto token = next();
            if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement)
                return token;
            if (token == QXmlStreamReader::Characters && !m_reader.isWhitespace()) {
                fail(QStringLiteral("unexpected text in the request envelope"));
                break;
            }
            if (token == QXmlStreamReader::Invalid)
                break;
        }
        return QXmlStreamReader::Invalid;
    }
    QString text()
    {
        const QString value = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_reader.hasError())
            fail(m_reader.errorString());
        return value.trimmed();
    }
    QUuid guid(const char *what)
    {
        const QString value = text();
        const QUuid id = QUuid::fromString(value);
        if (id.isNull() && !m_failed)
            fail(QStringLiteral("%1 is not a GUID").arg(QLatin1String(what)));
        return id;
    }
    QByteArray base64(const char *what)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            text().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded && !m_failed)
            fail(QStringLiteral("%1 is not Base64").arg(QLatin1String(what)));
        return decoded.decoded;
    }
    // The reader reports offsets after its look-ahead, which may already
    // have consumed the '<' of the element it returns; the element's first
    // '<' is therefore the first one at or after one before that offset.
    qint64 elementStart() const
    {
        qint64 start = qMax<qint64>(0, m_tokenStart - 1);
        while (start < m_text.size() && m_text[start] != QLatin1Char('<'))
            ++start;
        return start;
    }
    QByteArray bytes(qint64 from, qint64 to) const
    {
        while (to > from && m_text[to - 1] != QLatin1Char('>'))
            --to;
        return QStringView(m_text).mid(from, to - from).toUtf8();
    }
    void fail(const QString &message, StatusCode status = StatusCode::InvalidXml)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error->status = status;
        m_error->message = message;
    }
    bool readHeader(RequestHeader *header);
    void readAuthSession(RequestHeader *header);

    const QString &m_text;
    QXmlStreamReader m_reader;
    ProtocolError *m_error;
    qint64 m_tokenStart = 0;
    bool m_failed = false;
};

bool EnvelopeReader::read(RequestHeader *header, QByteArray *rawHeader, QByteArray *rawInfo,
    QString *hmacAlgorithm, QByteArray *hmac)
{
    // Prolog: an optional declaration that must not name another encoding.
    while (!m_failed) {
        const auto token = next();
        if (token == QXmlStreamReader::StartDocument) {
            const QString encoding = m_reader.documentEncoding().toString().toLower();
            if (!encoding.isEmpty() && encoding != QLatin1String("utf-8"))
                fail(QStringLiteral("the request must be UTF-8, not %1").arg(encoding));
        } else if (token == QXmlStreamReader::StartElement) {
            break;
        } else if (token == QXmlStreamReader::Invalid) {
            fail(m_reader.errorString());
        }
    }
    if (m_failed)
        return false;
    if (m_reader.name() != QLatin1String("request")
        || m_reader.namespaceUri() != kRequestNamespace) {
        fail(QStringLiteral("the root element must be {%1}request").arg(kRequestNamespace));
        return false;
    }

    bool haveHeader = false;
    bool haveInfo = false;
    while (!m_failed && nextElement() == QXmlStreamReader::StartElement) {
        const auto name = m_reader.name();
        if (name == QLatin1String("auth") && !haveHeader && hmac->isEmpty()) {
            if (nextElement() != QXmlStreamReader::StartElement
                || m_reader.name() != QLatin1String("hmac-data")) {
                fail(QStringLiteral("auth must hold hmac-data"));
                break;
            }
            *hmacAlgorithm = m_reader.attributes().value(QLatin1String("algName")).toString();
            *hmac = base64("hmac-data");
            if (!m_failed && hmac->isEmpty())
                fail(QStringLiteral("hmac-data is empty"));
            if (!m_failed && nextElement() != QXmlStreamReader::EndElement)
                fail(QStringLiteral("auth holds more than hmac-data"));
        } else if (name == QLatin1String("header") && !haveHeader) {
            const qint64 start = elementStart();
            if (!readHeader(header))
                break;
            *rawHeader = bytes(start, m_reader.characterOffset());
            haveHeader = true;
        } else if (name == QLatin1String("info") && haveHeader && !haveInfo) {
            const qint64 start = elementStart();
            m_reader.skipCurrentElement();
            if (m_reader.hasError()) {
                fail(m_reader.errorString());
                break;
            }
            *rawInfo = bytes(start, m_reader.characterOffset());
            haveInfo = true;
        } else {
            fail(QStringLiteral("unexpected element %1 in the request (expected auth, header, "
                                "info in that order)")
                     .arg(name));
        }
    }
    // The rest of the document must be well-formed and hold nothing else.
    while (!m_failed && !m_reader.atEnd()) {
        const auto token = next();
        if (token == QXmlStreamReader::StartElement
            || (token == QXmlStreamReader::Characters && !m_reader.isWhitespace()))
            fail(QStringLiteral("content after the request element"));
    }
    if (!m_failed && m_reader.hasError())
        fail(m_reader.errorString());
    if (!m_failed && (!haveHeader || !haveInfo))
        fail(QStringLiteral("the request needs a header and an info element"));
    return !m_failed;
}

bool EnvelopeReader::readHeader(RequestHeader *header)
{
    bool haveMsgTime = false;
    while (!m_failed && nextElement() == QXmlStreamReader::StartElement) {
        const auto name = m_reader.name();
        if (name == QLatin1String("method")) {
            header->method = text();
        } else if (name == QLatin1String("method-version")) {
            bool ok = false;
            header->methodVersion = text().toInt(&ok);
            if (!ok)
                fail(QStringLiteral("method-version is not a number"));
        } else if (name == QLatin1String("target-person-id")) {
            header->targetPersonId = guid("target-person-id");
        } else if (name == QLatin1String("record-id")) {
            header->recordId = guid("record-id");
        } else if (name == QLatin1String("app-id")) {
            header->appId = guid("app-id");
        } else if (name == QLatin1String("auth-session")) {
            readAuthSession(header);
        } else if (name == QLatin1String("culture-code")) {
            header->cultureCode = text();
        } else if (name == QLatin1String("language")) {
            header->language = text();
        } else if (name == QLatin1String("country")) {
            header->country = text();
        } else if (name == QLatin1String("msg-time")) {
            header->msgTime = XsDateTime::parse(text());
            haveMsgTime = true;
            if (!m_failed && !header->msgTime.isValid())
                fail(QStringLiteral("msg-time is not an xs:dateTime"), StatusCode::InvalidDatetime);
        } else if (name == QLatin1String("msg-ttl")) {
            bool ok = false;
            header->msgTtl = text().toInt(&ok);
            if (!ok || header->msgTtl < 0)
                fail(QStringLiteral("msg-ttl is not a number of seconds"));
        } else if (name == QLatin1String("version")) {
            header->version = text();
        } else if (name == QLatin1String("info-hash")) {
            if (nextElement() != QXmlStreamReader::StartElement
                || m_reader.name() != QLatin1String("hash-data")) {
                fail(QStringLiteral("info-hash must hold hash-data"));
                break;
            }
            header->infoHashAlgorithm
                = m_reader.attributes().value(QLatin1String("algName")).toString();
            header->infoHash = base64("hash-data");
            if (!m_failed && nextElement() != QXmlStreamReader::EndElement)
                fail(QStringLiteral("info-hash holds more than hash-data"));
        } else {
            // final-xsl and elements of later SDKs: accepted and ignored.
            m_reader.skipCurrentElement();
        }
    }
    if (m_failed)
        return false;
    if (header->method.isEmpty())
        fail(QStringLiteral("the header has no method"));
    else if (!haveMsgTime)
        fail(QStringLiteral("the header has no msg-time"));
    return !m_failed;
}

void EnvelopeReader::readAuthSession(RequestHeader *header)
{
    while (!m_failed && nextElement() == QXmlStreamReader::StartElement) {
        const auto name = m_reader.name();
        if (name == QLatin1String("auth-token")) {
            header->authToken = text();
        } else if (name == QLatin1String("user-auth-token")) {
            header->userAuthToken = text();
        } else if (name == QLatin1String("offline-person-info")) {
            while (!m_failed && nextElement() == QXmlStreamReader::StartElement) {
                if (m_reader.name() == QLatin1String("offline-person-id"))
                    header->offlinePersonId = guid("offline-person-id");
                else
                    m_reader.skipCurrentElement();
            }
        } else {
            fail(QStringLiteral("unexpected element %1 in auth-session").arg(name));
        }
    }
    if (!m_failed && header->authToken.isEmpty())
        fail(QStringLiteral("auth-session has no auth-token"));
}

} // namespace

std::optional<RequestEnvelope> RequestEnvelope::parse(QByteArrayView xml, ProtocolError *error)
{
    ProtocolError local;
    if (!error)
        error = &local;
    if (xml.startsWith("\xEF\xBB\xBF"))
        xml = xml.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(xml);
    if (decoder.hasError()) {
        *error = { StatusCode::InvalidXml, QStringLiteral("the request is not valid UTF-8") };
        return std::nullopt;
    }
    RequestEnvelope envelope;
    EnvelopeReader reader(text, error);
    if (!reader.read(&envelope.m_header, &envelope.m_rawHeader, &envelope.m_rawInfo,
            &envelope.m_hmacAlgorithm, &envelope.m_hmac))
        return std::nullopt;
    return envelope;
}

QByteArray RequestEnvelope::write(const RequestHeader &header, QByteArrayView infoXml,
    QByteArrayView sharedSecret, const QString &hmacAlgorithm)
{
    const QString hashAlgorithm
        = header.infoHashAlgorithm.isEmpty() ? QStringLiteral("SHA256") : header.infoHashAlgorithm;
    QByteArray headerXml;
    {
        QXmlStreamWriter w(&headerXml);
        w.writeStartElement(QStringLiteral("header"));
        w.writeTextElement(QStringLiteral("method"), header.method);
        if (header.methodVersion > 0)
            w.writeTextElement(
                QStringLiteral("method-version"), QString::number(header.methodVersion));
        if (!header.targetPersonId.isNull())
            w.writeTextElement(QStringLiteral("target-person-id"),
                header.targetPersonId.toString(QUuid::WithoutBraces));
        if (!header.recordId.isNull())
            w.writeTextElement(
                QStringLiteral("record-id"), header.recordId.toString(QUuid::WithoutBraces));
        if (header.hasAuthSession()) {
            w.writeStartElement(QStringLiteral("auth-session"));
            w.writeTextElement(QStringLiteral("auth-token"), header.authToken);
            if (!header.offlinePersonId.isNull()) {
                w.writeStartElement(QStringLiteral("offline-person-info"));
                w.writeTextElement(QStringLiteral("offline-person-id"),
                    header.offlinePersonId.toString(QUuid::WithoutBraces));
                w.writeEndElement();
            } else if (!header.userAuthToken.isEmpty()) {
                w.writeTextElement(QStringLiteral("user-auth-token"), header.userAuthToken);
            }
            w.writeEndElement();
        } else {
            w.writeTextElement(
                QStringLiteral("app-id"), header.appId.toString(QUuid::WithoutBraces));
        }
        if (!header.cultureCode.isEmpty())
            w.writeTextElement(QStringLiteral("culture-code"), header.cultureCode);
        if (!header.language.isEmpty())
            w.writeTextElement(QStringLiteral("language"), header.language);
        if (!header.country.isEmpty())
            w.writeTextElement(QStringLiteral("country"), header.country);
        w.writeTextElement(QStringLiteral("msg-time"), XsDateTime::format(header.msgTime));
        w.writeTextElement(QStringLiteral("msg-ttl"), QString::number(header.msgTtl));
        w.writeTextElement(QStringLiteral("version"), header.version);
        w.writeStartElement(QStringLiteral("info-hash"));
        w.writeStartElement(QStringLiteral("hash-data"));
        w.writeAttribute(QStringLiteral("algName"), hashAlgorithm);
        w.writeCharacters(QString::fromLatin1(hashBytes(hashAlgorithm, infoXml).toBase64()));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    QByteArray out = "<wc-request:request xmlns:wc-request=\"urn:com.microsoft.wc.request\">";
    if (!sharedSecret.isEmpty()) {
        out += "<auth><hmac-data algName=\"" + hmacAlgorithm.toLatin1() + "\">"
            + hmacBytes(hmacAlgorithm, sharedSecret, headerXml).toBase64() + "</hmac-data></auth>";
    }
    out += headerXml;
    out += infoXml;
    out += "</wc-request:request>";
    return out;
}

bool RequestEnvelope::infoHashMatches() const
{
    if (m_header.infoHash.isEmpty())
        return false;
    const QByteArray expected = hashBytes(m_header.infoHashAlgorithm, m_rawInfo);
    return !expected.isEmpty() && equalSecrets(expected, m_header.infoHash);
}

bool RequestEnvelope::hmacMatches(QByteArrayView sharedSecret) const
{
    if (m_hmac.isEmpty() || sharedSecret.isEmpty())
        return false;
    const QByteArray expected = hmacBytes(m_hmacAlgorithm, sharedSecret, m_rawHeader);
    return !expected.isEmpty() && equalSecrets(expected, m_hmac);
}

bool RequestEnvelope::isExpired(const QDateTime &now) const
{
    return m_header.msgTime.addSecs(m_header.msgTtl) < now;
}

QByteArray hashBytes(const QString &algorithm, QByteArrayView data)
{
    if (algorithm == QLatin1String("SHA256"))
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (algorithm == QLatin1String("SHA1"))
        return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    return {};
}

QByteArray hmacBytes(const QString &algorithm, QByteArrayView key, QByteArrayView data)
{
    QCryptographicHash::Algorithm hash;
    if (algorithm == QLatin1String("HMACSHA256"))
        hash = QCryptographicHash::Sha256;
    else if (algorithm == QLatin1String("HMACSHA1"))
        hash = QCryptographicHash::Sha1;
    else
        return {};
    QMessageAuthenticationCode mac(hash, key.toByteArray());
    mac.addData(data.data(), data.size());
    return mac.result();
}

bool equalSecrets(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace hearth::protocol
