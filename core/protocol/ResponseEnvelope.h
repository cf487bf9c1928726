#pragma once

#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/StatusCode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace hearth::protocol {

// One response document: <response><status>…</status><wc:info>…</wc:info>.
// The info root carries the method's response namespace and its children
// none (PROTOCOL.md section b).
class ResponseEnvelope
{
public:
    // "urn:com.microsoft.wc.methods.response.<method><version suffix>".
    static QString responseNamespace(const QString &methodWithVersion);

    // A success response around `infoChildren` (raw, unqualified XML written by
    // the method); no wc:info when `infoNamespace` is empty.
    static QByteArray writeOk(const QString &infoNamespace, QByteArrayView infoChildren);
    // An error response: the code and <error><message>.
    static QByteArray writeError(StatusCode status, const QString &message);

    // Reads a response (the client side). INVALID_XML when it is not one.
    static std::optional<ResponseEnvelope> parse(QByteArrayView xml, ProtocolError *error);

    StatusCode status() const { return m_status; }
    int rawStatus() const { return m_rawStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    const QString &infoNamespace() const { return m_infoNamespace; }
    // The exact bytes of the whole <wc:info …>…</wc:info> element (empty when absent).
    const QByteArray &rawInfo() const { return m_rawInfo; }

private:
    StatusCode m_status = StatusCode::Ok;
    int m_rawStatus = 0;
    QString m_errorMessage;
    QString m_infoNamespace;
    QByteArray m_rawInfo;
};

} // namespace hearth::protocol
