#pragma once

// Validates response info elements against the official HealthVault response
// schemas with libxml2 (tests only). The wc:info root already carries the
// method namespace and its children none, as the schemas expect.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

namespace hearth::vault::test {

class XsdValidator
{
public:
    explicit XsdValidator(QString xsdDir)
        : m_dir(std::move(xsdDir))
    { }
    ~XsdValidator()
    {
        for (xmlSchemaPtr schema : std::as_const(m_schemas))
            xmlSchemaFree(schema);
    }
    XsdValidator(const XsdValidator &) = delete;
    XsdValidator &operator=(const XsdValidator &) = delete;

    // Empty when `xml` is valid against `xsdFile`; else libxml2's messages.
    QString validate(const QString &xsdFile, const QByteArray &xml)
    {
        xmlSchemaPtr schema = m_schemas.value(xsdFile);
        if (!schema) {
            const QByteArray path = (m_dir + QLatin1Char('/') + xsdFile).toLocal8Bit();
            xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.constData());
            schema = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
            if (!schema)
                return QStringLiteral("schema %1 does not compile").arg(xsdFile);
            m_schemas.insert(xsdFile, schema);
        }
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "response.xml", nullptr,
            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!doc)
            return QStringLiteral("not well-formed");
        QString errors;
        xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(
            context,
            [](void *user, xmlErrorPtr error) {
                *static_cast<QString *>(user) += QString::fromUtf8(error->message);
            },
            &errors);
        const int result = xmlSchemaValidateDoc(context, doc);
        xmlSchemaFreeValidCtxt(context);
        xmlFreeDoc(doc);
        if (result != 0 && errors.isEmpty())
            errors = QStringLiteral("invalid (code %1)").arg(result);
        return errors;
    }

private:
    QString m_dir;
    QHash<QString, xmlSchemaPtr> m_schemas;
};

} // namespace hearth::vault::test
