#pragma once

#include "core/thing/XmlNode.h"
#include "core/thing/XmlParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace hearth {

enum class ThingState { Active, Deleted };

// Bits of the envelope's <flags> (thing.xsd).
enum ThingFlag : quint32 {
    PersonalFlag = 0x1,
    DownversionedFlag = 0x2,
    UpversionedFlag = 0x4,
    HiddenFromEPrepFlag = 0x8,
    ReadOnlyFlag = 0x10,
};

// Who changed a thing, through which application, when (thing.xsd Audit2).
struct ThingAudit
{
    enum class Avenue { Unknown, Online, Offline };
    enum class Action { Unknown, Created, Updated, Deleted };

    QDateTime timestamp;
    QUuid appId;
    QString appName;
    QUuid personId;
    QString personName;
    QUuid impersonatorId;
    QString impersonatorName;
    Avenue accessAvenue = Avenue::Unknown;
    Action auditAction = Action::Unknown;
    QUuid masterAppId;
};

// One entry of <blob-payload>: the unnamed blob is the default one (the
// content of a File, the picture of a Personal image).
struct ThingBlob
{
    QString name;
    QString contentType;
    QString hashAlgorithm; // e.g. "SHA256Block"; empty without hash-info
    qint64 hashBlockSize = -1;
    QString hash; // base64 as sent
    qint64 contentLength = -1;
    QByteArray inlineData; // decoded <base64data>; empty when streamed
    QUrl refUrl; // <blob-ref-url> of a streamed blob
    bool hasInlineData = false;
};

// An entry of <common><related-thing>: a link to another thing by id or
// by client thing id.
struct RelatedThing
{
    QUuid thingId;
    QString versionStamp;
    QString clientThingId;
    QString relationshipType;
};

// A HealthVault thing (thing.xsd Thing2): the envelope read into accessors
// and everything else kept as parsed, so parse -> write gives canonically
// the same XML, also for types and elements Hearth does not model.
class Thing
{
public:
    // A new, empty thing (no id, no type).
    Thing();

    // Reads one <thing> element (a whole document). Invalid GUIDs, dates,
    // states and flags in the envelope, a DOCTYPE, malformed or oversized
    // XML give nullopt and fill error.
    static std::optional<Thing> fromXml(QByteArrayView xml, ThingError *error = nullptr);
    // A new thing of typeId whose data-xml is dataXml (type root and an
    // optional <common>), e.g. an official sample file.
    static std::optional<Thing> fromDataXml(
        const QUuid &typeId, QByteArrayView dataXml, ThingError *error = nullptr);
    // The <thing> element, UTF-8, without an XML declaration.
    QByteArray toXml() const;

    // The key: thing id and version stamp (null / empty for a new thing).
    QUuid id() const;
    QString versionStamp() const;
    void setKey(const QUuid &id, const QString &versionStamp);
    void clearKey();

    QUuid typeId() const;
    QString typeName() const; // the name attribute servers add on output
    void setTypeId(const QUuid &typeId);
    void setTypeId(const QUuid &typeId, const QString &name);

    ThingState state() const; // Active when absent
    void setState(ThingState state);

    quint32 flags() const;
    bool hasFlag(ThingFlag flag) const { return (flags() & flag) != 0; }
    void setFlags(quint32 flags);

    QDateTime effectiveDate() const; // invalid when absent
    void setEffectiveDate(const QDateTime &date);

    std::optional<ThingAudit> created() const;
    void setCreated(const ThingAudit &audit);
    std::optional<ThingAudit> updated() const;
    void setUpdated(const ThingAudit &audit);

    // The inner content of the first <data-xml> without a transform: the
    // type root and an optional <common>. Empty when the thing has none.
    QByteArray dataXml() const;
    // Replaces that content; false (and error) when it is not well-formed,
    // holds no element or holds text outside elements.
    bool setDataXml(QByteArrayView xml, ThingError *error = nullptr);
    // The type root element inside data-xml, for typed classes; null when
    // there is no data-xml.
    const XmlNode *dataRoot() const;
    XmlNode *dataRoot();
    // Replaces the data-xml by this root (keeping <common>).
    void setDataRoot(XmlNode root);

    // <common> inside data-xml.
    QString source() const;
    void setSource(const QString &source);
    QString note() const;
    void setNote(const QString &note);
    QString commonTags() const;
    void setCommonTags(const QString &tags);
    QString clientThingId() const;
    void setClientThingId(const QString &id);
    QList<RelatedThing> relatedThings() const;
    void addRelatedThing(const RelatedThing &related);
    // The <extension> elements of common, kept whole.
    QList<const XmlNode *> extensions() const;
    // Appends <extension source="source"> holding content to common.
    void addExtension(const QString &source, XmlNode content);

    QList<ThingBlob> blobs() const;
    void setBlobs(const QList<ThingBlob> &blobs);

    // Permission names of <eff-permissions> (Read, Update, Create, Delete).
    QStringList effectivePermissions() const;
    bool permissionsImmutable() const;

    // The envelope <tags> (not the tags of <common>).
    QString tags() const;
    void setTags(const QString &tags);

    bool hasSignature() const;
    // The <signature-info> element as written, empty when unsigned.
    QByteArray signatureInfoXml() const;

    QDateTime updatedEndDate() const;

    // The whole envelope tree, for code that needs an element Hearth does
    // not model.
    const XmlNode &root() const { return m_root; }

    // Same elements, attributes, text and order (comments ignored).
    bool canonicallyEquals(const Thing &other) const;

private:
    explicit Thing(XmlNode root);
    XmlNode *dataXmlElement();
    const XmlNode *dataXmlElement() const;
    const XmlNode *common() const;
    XmlNode &ensureCommon();
    void setAudit(const QString &name, const ThingAudit &audit);

    XmlNode m_root;
};

// xs:dateTime as HealthVault writes it ("2017-06-02T22:26:22.07Z"); a time
// without offset is read as UTC. Invalid when text is not a real date-time.
QDateTime parseXsdDateTime(QStringView text);
QString formatXsdDateTime(const QDateTime &dateTime);

} // namespace hearth
