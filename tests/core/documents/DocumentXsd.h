#pragma once

// Validates a whole clinical document against the CDA or CCR schema of the
// HealthVault reference folder with libxml2 (tests only).

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

class DocumentXsd
{
public:
    static QString schema(const QString &file)
    {
        return QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/xsd/") + file;
    }
    static bool available()
    {
        return QFile::exists(schema(QStringLiteral("cda.xsd")))
            && QFile::exists(schema(QStringLiteral("ccr.xsd")));
    }

    DocumentXsd() = default;
    ~DocumentXsd()
    {
        for (xmlSchemaPtr s : std::as_const(m_schemas))
            xmlSchemaFree(s);
    }
    DocumentXsd(const DocumentXsd &) = delete;
    DocumentXsd &operator=(const DocumentXsd &) = delete;

    // Empty when valid; else libxml2's messages.
    QString validate(const QString &xsdFile, const QByteArray &xml)
    {
        xmlSchemaPtr s = m_schemas.value(xsdFile);
        if (!s) {
            const QByteArray path = schema(xsdFile).toLocal8Bit();
            xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.constData());
            s = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
            if (!s)
                return QStringLiteral("schema %1 does not compile").arg(xsdFile);
            m_schemas.insert(xsdFile, s);
        }
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "export.xml", nullptr,
            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!doc)
            return QStringLiteral("not well-formed");
        QString errors;
        xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(s);
        xmlSchemaSetValidStructuredErrors(
            context,
            [](void *user, xmlErrorPtr error) {
                *static_cast<QString *>(user) += QStringLiteral("line %1: ").arg(error->line)
                    + QString::fromUtf8(error->message);
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
    QHash<QString, xmlSchemaPtr> m_schemas;
};
