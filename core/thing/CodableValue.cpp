#include "core/thing/CodableValue.h"

namespace hearth {

const CodedValue *CodableValue::code(const QString &type) const
{
    for (const CodedValue &c : codes) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

CodableValue CodableValue::read(const XmlNode &element)
{
    CodableValue result;
    result.text = element.childText(u"text");
    for (const XmlNode *code : element.childElements(u"code")) {
        result.codes.append({ code->childText(u"value"), code->childText(u"family"),
            code->childText(u"type"), code->childText(u"version") });
    }
    return result;
}

void CodableValue::writeTo(XmlNode &element) const
{
    element.children().clear();
    element.appendChild(XmlNode(QStringLiteral("text"))).setText(text);
    for (const CodedValue &c : codes) {
        XmlNode &code = element.appendChild(XmlNode(QStringLiteral("code")));
        code.appendChild(XmlNode(QStringLiteral("value"))).setText(c.value);
        if (!c.family.isEmpty())
            code.appendChild(XmlNode(QStringLiteral("family"))).setText(c.family);
        code.appendChild(XmlNode(QStringLiteral("type"))).setText(c.type);
        if (!c.version.isEmpty())
            code.appendChild(XmlNode(QStringLiteral("version"))).setText(c.version);
    }
}

} // namespace hearth
