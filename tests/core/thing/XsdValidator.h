#pragma once

// Validates thing data-xml against the official HealthVault schemas with
// libxml2 (tests only). HealthVault roots travel without a namespace; as
// PROTOCOL.md section 9 explains, only the root goes into the schema's
// namespace for validation, the children stay unqualified.

#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/XmlNode.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <memory>

class XsdValidator
{
public:
    static QString schemaDir()
    {
        return QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/xsd");
    }
    static bool available() { return QFile::exists(schemaDir() + QStringLiteral("/weight.xsd")); }

    ~XsdValidator()
    {
        for (xmlSchemaPtr schema : std::as_const(m_schemas))
            xmlSchemaFree(schema);
    }

    // The root in its schema namespace, ready to validate.
    static QByteArray namespaced(const hearth::XmlNode &root, const QString &schemaNamespace)
    {
        hearth::XmlNode copy = root;
        if (!copy.name().contains(u':') && !copy.hasAttribute(u"xmlns")) {
            copy.setName(QStringLiteral("hv:") + copy.name());
            copy.attributes().prepend({ QStringLiteral("xmlns:hv"), schemaNamespace });
        }
        return copy.toXml();
    }

    // Empty when root is valid for type, else libxml2's messages.
    QString validate(const hearth::XmlNode &root, const hearth::ThingTypeInfo &type)
    {
        xmlSchemaPtr schema = load(type.schemaFile);
        if (!schema)
            return QStringLiteral("schema %1 does not compile").arg(type.schemaFile);
        const QByteArray xml = namespaced(root, type.schemaNamespace);
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "data-xml.xml", nullptr,
            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!doc)
            return QStringLiteral("libxml2 cannot read the written XML");
        QString messages;
        xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(context, collect, &messages);
        const int result = xmlSchemaValidateDoc(context, doc);
        xmlSchemaFreeValidCtxt(context);
        xmlFreeDoc(doc);
        if (result != 0 && messages.isEmpty())
            messages = QStringLiteral("invalid (code %1)").arg(result);
        return messages.trimmed();
    }

private:
    static void collect(void *data, xmlErrorPtr error)
    {
        auto *messages = static_cast<QString *>(data);
        if (messages->size() < 2000)
            *messages += QString::fromUtf8(error->message);
    }

    xmlSchemaPtr load(const QString &file)
    {
        if (m_schemas.contains(file))
            return m_schemas.value(file);
        const QByteArray path = QDir(schemaDir()).filePath(file).toLocal8Bit();
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.constData());
        xmlSchemaSetParserStructuredErrors(parser, ignore, nullptr);
        xmlSchemaPtr schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
        m_schemas.insert(file, schema);
        return schema;
    }
    static void ignore(void *, xmlErrorPtr) { }

    QHash<QString, xmlSchemaPtr> m_schemas;
};
