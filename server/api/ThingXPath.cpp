#include "server/api/ThingXPath.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>

namespace hearth::vault {

namespace {

void ignoreLibxmlMessage(void *, const char *, ...) { }

} // namespace

struct ThingXPath::Compiled
{
    xmlXPathCompExprPtr expression = nullptr;
    ~Compiled() { xmlXPathFreeCompExpr(expression); }
};

std::optional<ThingXPath> ThingXPath::compile(const QString &expression, QString *error)
{
    const QString trimmed = expression.trimmed();
    if (trimmed.size() > 1000) {
        *error = QStringLiteral("the xpath filter is too long");
        return std::nullopt;
    }
    if (!trimmed.startsWith(QLatin1String("/thing/data-xml"))) {
        *error = QStringLiteral("an xpath filter must start with /thing/data-xml");
        return std::nullopt;
    }
    xmlInitParser();
    const QByteArray utf8 = trimmed.toUtf8();
    ThingXPath xpath;
    xpath.m_expression = trimmed;
    xpath.m_compiled = std::make_shared<Compiled>();
    // libxml2 reports compile errors through its generic handler; the
    // message here is the vault's own.
    xmlSetGenericErrorFunc(nullptr, ignoreLibxmlMessage);
    xpath.m_compiled->expression
        = xmlXPathCompile(reinterpret_cast<const xmlChar *>(utf8.constData()));
    xmlSetGenericErrorFunc(nullptr, nullptr);
    if (!xpath.m_compiled->expression) {
        *error = QStringLiteral("the xpath filter is not a valid XPath expression");
        return std::nullopt;
    }
    return xpath;
}

bool ThingXPath::matches(const QByteArray &dataXml) const
{
    const QByteArray document = "<thing><data-xml>" + dataXml + "</data-xml></thing>";
    // No network, no DTD, no entity substitution: stored data-xml holds no
    // DOCTYPE (PutThings refuses one), and nothing may be fetched anyway.
    xmlDocPtr doc = xmlReadMemory(document.constData(), int(document.size()), "thing.xml", "UTF-8",
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc)
        return false;
    bool match = false;
    if (xmlXPathContextPtr context = xmlXPathNewContext(doc)) {
        if (xmlXPathObjectPtr result = xmlXPathCompiledEval(m_compiled->expression, context)) {
            match = xmlXPathCastToBoolean(result) != 0;
            xmlXPathFreeObject(result);
        }
        xmlXPathFreeContext(context);
    }
    xmlFreeDoc(doc);
    return match;
}

} // namespace hearth::vault
