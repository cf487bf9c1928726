#include "core/thing/XmlParser.h"

#include <QDate>
#include <QXmlStreamReader>

namespace hearth {

QString ThingError::toString() const
{
    if (line <= 0)
        return message;
    return QStringLiteral("%1 (line %2, column %3)").arg(message).arg(line).arg(column);
}

namespace {

void setError(ThingError *error, QString message, qint64 line = 0, qint64 column = 0)
{
    if (error)
        *error = ThingError { std::move(message), line, column };
}

// A y/m/d date must name a real day (2023-02-30 does not).
std::optional<QString> checkDate(const XmlNode &date)
{
    const XmlNode *y = date.child(u"y");
    const XmlNode *m = date.child(u"m");
    const XmlNode *d = date.child(u"d");
    if (!y || !m || !d)
        return std::nullopt;
    bool okY = false, okM = false, okD = false;
    const int year = y->text().trimmed().toInt(&okY);
    const int month = m->text().trimmed().toInt(&okM);
    const int day = d->text().trimmed().toInt(&okD);
    if (okY && okM && okD && QDate(year, month, day).isValid())
        return std::nullopt;
    return QStringLiteral("<date> %1-%2-%3 is not a calendar date")
        .arg(y->text().trimmed(), m->text().trimmed(), d->text().trimmed());
}

// Reads tokens into children of a synthetic top node. Returns false and
// fills error on the first problem.
bool readInto(QXmlStreamReader &reader, XmlNode &top, qint64 columnShift, ThingError *error)
{
    reader.setNamespaceProcessing(false);
    std::vector<XmlNode> stack;
    stack.reserve(16);
    auto fail = [&](const QString &message) {
        const qint64 line = reader.lineNumber();
        const qint64 column = reader.columnNumber() - (line == 1 ? columnShift : 0);
        setError(error, message, line, std::max<qint64>(column, 1));
        return false;
    };
    auto current = [&]() -> XmlNode & { return stack.empty() ? top : stack.back(); };

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (int(stack.size()) >= XmlParser::kMaxDepth)
                return fail(QStringLiteral("XML is nested deeper than %1 levels")
                                .arg(XmlParser::kMaxDepth));
            XmlNode node(reader.qualifiedName().toString());
            const QXmlStreamAttributes attributes = reader.attributes();
            if (!attributes.isEmpty()) {
                node.attributes().reserve(attributes.size());
                for (const QXmlStreamAttribute &a : attributes)
                    node.attributes().append(
                        { a.qualifiedName().toString(), a.value().toString() });
            }
            stack.push_back(std::move(node));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlNode done = std::move(stack.back());
            stack.pop_back();
            if (done.name() == u"date") {
                if (auto problem = checkDate(done))
                    return fail(*problem);
            }
            current().appendChild(std::move(done));
            break;
        }
        case QXmlStreamReader::Characters: {
            XmlNode &parent = current();
            if (&parent == &top && reader.isWhitespace())
                break; // layout between top-level elements carries nothing
            if (&parent == &top)
                return fail(QStringLiteral("Text outside an element"));
            auto &children = parent.children();
            if (!children.empty() && children.back().isText()) {
                children.back()
                    = XmlNode::makeText(children.back().value() + reader.text().toString());
            } else {
                children.push_back(XmlNode::makeText(reader.text().toString()));
            }
            break;
        }
        case QXmlStreamReader::Comment:
            current().appendChild(XmlNode::makeComment(reader.text().toString()));
            break;
        case QXmlStreamReader::DTD:
            return fail(QStringLiteral("A DOCTYPE is not allowed in thing XML"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("Entity references are not allowed in thing XML"));
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break;
        }
    }
    if (reader.hasError())
        return fail(reader.errorString());
    return true;
}

} // namespace

std::optional<XmlNode> XmlParser::parseDocument(QByteArrayView xml, ThingError *error)
{
    if (xml.size() > kMaxBytes) {
        setError(error,
            QStringLiteral("XML of %1 bytes is above the %2-byte limit")
                .arg(xml.size())
                .arg(kMaxBytes));
        return std::nullopt;
    }
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    XmlNode top;
    if (!readInto(reader, top, 0, error))
        return std::nullopt;
    XmlNode *root = top.firstChildElement();
    if (!root) {
        setError(error, QStringLiteral("The XML has no root element"), 1, 1);
        return std::nullopt;
    }
    return std::move(*root);
}

std::optional<std::vector<XmlNode>> XmlParser::parseFragment(QByteArrayView xml, ThingError *error)
{
    if (xml.size() > kMaxBytes) {
        setError(error,
            QStringLiteral("XML of %1 bytes is above the %2-byte limit")
                .arg(xml.size())
                .arg(kMaxBytes));
        return std::nullopt;
    }
    // A fragment may hold several top-level elements, which a document may
    // not; read it inside a wrapper element after dropping a BOM and an XML
    // declaration, which may only stand at the very start of a document.
    QByteArrayView body = xml;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    if (body.startsWith("<?xml")) {
        const qsizetype end = body.indexOf("?>");
        if (end < 0) {
            setError(error, QStringLiteral("Unterminated XML declaration"), 1, 1);
            return std::nullopt;
        }
        body = body.sliced(end + 2);
    }
    static const QByteArray open = "<hearth-fragment>";
    static const QByteArray close = "</hearth-fragment>";
    QByteArray wrapped;
    wrapped.reserve(open.size() + body.size() + close.size());
    wrapped.append(open).append(body.data(), body.size()).append(close);

    QXmlStreamReader reader(wrapped);
    XmlNode top;
    if (!readInto(reader, top, open.size(), error))
        return std::nullopt;
    XmlNode *wrapper = top.firstChildElement();
    if (!wrapper) {
        setError(error, QStringLiteral("The XML fragment could not be read"), 1, 1);
        return std::nullopt;
    }
    return std::move(wrapper->children());
}

} // namespace hearth
