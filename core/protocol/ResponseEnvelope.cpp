#include "core/protocol/ResponseEnvelope.h"

#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hearth::protocol {

QString ResponseEnvelope::responseNamespace(const QString &methodWithVersion)
{
    return QStringLiteral("urn:com.microsoft.wc.methods.response.") + methodWithVersion;
}

QByteArray ResponseEnvelope::writeOk(const QString &infoNamespace, QByteArrayView infoChildren)
{
    QByteArray out;
    out.reserve(infoChildren.size() + 160);
    out += "<response><status><code>0</code></status>";
    if (!infoNamespace.isEmpty()) {
        out += "<wc:info xmlns:wc=\"" + infoNamespace.toUtf8() + "\">";
        out += infoChildren;
        out += "</wc:info>";
    }
    out += "</response>";
    return out;
}

QByteArray ResponseEnvelope::writeError(StatusCode status, const QString &message)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("response"));
    w.writeStartElement(QStringLiteral("status"));
    w.writeTextElement(QStringLiteral("code"), QString::number(int(status)));
    w.writeStartElement(QStringLiteral("error"));
    w.writeTextElement(QStringLiteral("message"), message);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

std::optional<ResponseEnvelope> ResponseEnvelope::parse(QByteArrayView xml, ProtocolError *error)
{
    ProtocolError local;
    if (!error)
        error = &local;
    auto fail = [error](const QString &message) {
        *error = { StatusCode::InvalidXml, message };
        return std::nullopt;
    };
    if (xml.startsWith("\xEF\xBB\xBF"))
        xml = xml.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(xml);
    if (decoder.hasError())
        return fail(QStringLiteral("the response is not valid UTF-8"));

    ResponseEnvelope response;
    QXmlStreamReader reader(text);
    bool haveCode = false;
    int depth = 0;
    while (!reader.atEnd()) {
        const qint64 tokenStart = reader.characterOffset();
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(QStringLiteral("a DOCTYPE is not allowed in a response"));
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const auto name = reader.name();
        if (depth == 1 && name != QLatin1String("response"))
            return fail(QStringLiteral("the root element must be response"));
        if (depth == 3 && name == QLatin1String("code")) {
            bool ok = false;
            response.m_rawStatus = reader.readElementText().trimmed().toInt(&ok);
            --depth;
            if (!ok)
                return fail(QStringLiteral("status code is not a number"));
            response.m_status = StatusCode(response.m_rawStatus);
            haveCode = true;
        } else if (depth == 4 && name == QLatin1String("message")) {
            response.m_errorMessage = reader.readElementText(QXmlStreamReader::SkipChildElements);
            --depth;
        } else if (depth == 2 && name == QLatin1String("info")) {
            response.m_infoNamespace = reader.namespaceUri().toString();
            reader.skipCurrentElement();
            --depth;
            // The reader's offsets may lie one past a '<' it looked ahead at.
            qint64 start = qMax<qint64>(0, tokenStart - 1);
            while (start < text.size() && text[start] != QLatin1Char('<'))
                ++start;
            qint64 end = reader.characterOffset();
            while (end > start && text[end - 1] != QLatin1Char('>'))
                --end;
            response.m_rawInfo = QStringView(text).mid(start, end - start).toUtf8();
        }
    }
    if (reader.hasError())
        return fail(reader.errorString());
    if (!haveCode)
        return fail(QStringLiteral("the response has no status code"));
    return response;
}

} // namespace hearth::protocol
