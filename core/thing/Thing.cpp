#include "core/thing/Thing.h"

#include <QXmlStreamWriter>

namespace hearth {

namespace {

const XmlOrder kThingOrder = {
    QLatin1String("thing-id"),
    QLatin1String("type-id"),
    QLatin1String("thing-state"),
    QLatin1String("flags"),
    QLatin1String("eff-date"),
    QLatin1String("created"),
    QLatin1String("updated"),
    QLatin1String("data-xml"),
    QLatin1String("blob-payload"),
    QLatin1String("eff-permissions"),
    QLatin1String("tags"),
    QLatin1String("signature-info"),
    QLatin1String("updated-end-date"),
};
const XmlOrder kAuditOrder = {
    QLatin1String("timestamp"),
    QLatin1String("app-id"),
    QLatin1String("person-id"),
    QLatin1String("impersonator-id"),
    QLatin1String("access-avenue"),
    QLatin1String("audit-action"),
    QLatin1String("master-app-id"),
};
const XmlOrder kCommonOrder = {
    QLatin1String("source"),
    QLatin1String("note"),
    QLatin1String("tags"),
    QLatin1String("extension"),
    QLatin1String("related-thing"),
    QLatin1String("client-thing-id"),
};
const XmlOrder kRelatedOrder = {
    QLatin1String("thing-id"),
    QLatin1String("version-stamp"),
    QLatin1String("client-thing-id"),
    QLatin1String("relationship-type"),
};
const XmlOrder kBlobOrder = {
    QLatin1String("blob-info"),
    QLatin1String("content-length"),
    QLatin1String("base64data"),
    QLatin1String("blob-ref-url"),
};

// A GUID as HealthVault writes it: 8-4-4-4-12 hex digits, any case.
bool isGuidText(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isxdigit(c.unicode() < 128 ? int(c.unicode()) : 0)) {
            return false;
        }
    }
    return true;
}

QUuid guidOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    return isGuidText(trimmed) ? QUuid::fromString(trimmed) : QUuid();
}

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Where "<name" first occurs in the input, for errors found after parsing.
ThingError errorAt(QByteArrayView xml, const QByteArray &element, const QString &message)
{
    const qsizetype at = xml.indexOf(QByteArray('<' + element));
    if (at < 0)
        return { message, 0, 0 };
    const QByteArrayView before = xml.first(at);
    const qint64 line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return { message, line, at - lastNewline };
}

std::optional<ThingAudit> readAudit(const XmlNode *node)
{
    if (!node)
        return std::nullopt;
    ThingAudit audit;
    audit.timestamp = parseXsdDateTime(node->childText(u"timestamp").trimmed());
    if (const XmlNode *app = node->child(u"app-id")) {
        audit.appId = guidOf(app->text());
        audit.appName = app->attribute(u"name");
    }
    if (const XmlNode *person = node->child(u"person-id")) {
        audit.personId = guidOf(person->text());
        audit.personName = person->attribute(u"name");
    }
    if (const XmlNode *impersonator = node->child(u"impersonator-id")) {
        audit.impersonatorId = guidOf(impersonator->text());
        audit.impersonatorName = impersonator->attribute(u"name");
    }
    const QString avenue = node->childText(u"access-avenue").trimmed();
    if (avenue == u"Online")
        audit.accessAvenue = ThingAudit::Avenue::Online;
    else if (avenue == u"Offline")
        audit.accessAvenue = ThingAudit::Avenue::Offline;
    const QString action = node->childText(u"audit-action").trimmed();
    if (action == u"Created")
        audit.auditAction = ThingAudit::Action::Created;
    else if (action == u"Updated")
        audit.auditAction = ThingAudit::Action::Updated;
    else if (action == u"Deleted")
        audit.auditAction = ThingAudit::Action::Deleted;
    audit.masterAppId = guidOf(node->childText(u"master-app-id"));
    return audit;
}

// The envelope checks fromXml makes after reading the tree; the message of
// the first failure and the element it is about.
std::optional<std::pair<QByteArray, QString>> envelopeProblem(const XmlNode &root)
{
    using Problem = std::pair<QByteArray, QString>;
    auto guidProblem = [](const XmlNode *node, const char *name) -> std::optional<Problem> {
        if (node && !isGuidText(node->text().trimmed()))
            return Problem(name,
                QStringLiteral("<%1> is not a GUID: \"%2\"")
                    .arg(QLatin1String(name), node->text().left(64)));
        return std::nullopt;
    };
    auto dateProblem = [](const XmlNode *node, const char *name) -> std::optional<Problem> {
        if (node && !parseXsdDateTime(node->text().trimmed()).isValid())
            return Problem(name,
                QStringLiteral("<%1> is not a valid date-time: \"%2\"")
                    .arg(QLatin1String(name), node->text().left(64)));
        return std::nullopt;
    };
    if (const XmlNode *key = root.child(u"thing-id")) {
        if (auto p = guidProblem(key, "thing-id"))
            return p;
        if (key->hasAttribute(u"version-stamp")
            && !isGuidText(key->attribute(u"version-stamp").trimmed()))
            return Problem("thing-id", QStringLiteral("The version-stamp is not a GUID"));
    }
    if (auto p = guidProblem(root.child(u"type-id"), "type-id"))
        return p;
    if (const XmlNode *state = root.child(u"thing-state")) {
        const QString text = state->text().trimmed();
        if (text != u"Active" && text != u"Deleted")
            return Problem("thing-state",
                QStringLiteral("<thing-state> must be Active or Deleted, not \"%1\"")
                    .arg(text.left(64)));
    }
    if (const XmlNode *flags = root.child(u"flags")) {
        bool ok = false;
        flags->text().trimmed().toUInt(&ok);
        if (!ok)
            return Problem("flags", QStringLiteral("<flags> is not an unsigned number"));
    }
    if (auto p = dateProblem(root.child(u"eff-date"), "eff-date"))
        return p;
    if (auto p = dateProblem(root.child(u"updated-end-date"), "updated-end-date"))
        return p;
    for (const char *auditName : { "created", "updated" }) {
        const XmlNode *audit = root.child(QString::fromLatin1(auditName));
        if (!audit)
            continue;
        if (auto p = dateProblem(audit->child(u"timestamp"), "timestamp"))
            return p;
        for (const char *idName : { "app-id", "person-id", "impersonator-id", "master-app-id" }) {
            if (auto p = guidProblem(audit->child(QString::fromLatin1(idName)), idName))
                return p;
        }
    }
    return std::nullopt;
}

} // namespace

QDateTime parseXsdDateTime(QStringView text)
{
    QDateTime dateTime = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return {};
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC);
    return dateTime;
}

QString formatXsdDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(dateTime.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

Thing::Thing()
    : m_root(QStringLiteral("thing"))
{ }

Thing::Thing(XmlNode root)
    : m_root(std::move(root))
{ }

std::optional<Thing> Thing::fromXml(QByteArrayView xml, ThingError *error)
{
    std::optional<XmlNode> root = XmlParser::parseDocument(xml, error);
    if (!root)
        return std::nullopt;
    if (root->name() != u"thing") {
        if (error)
            *error = errorAt(xml, root->name().toUtf8(),
                QStringLiteral("Expected a <thing> element, found <%1>")
                    .arg(root->name().left(64)));
        return std::nullopt;
    }
    if (auto problem = envelopeProblem(*root)) {
        if (error)
            *error = errorAt(xml, problem->first, problem->second);
        return std::nullopt;
    }
    return Thing(std::move(*root));
}

std::optional<Thing> Thing::fromDataXml(
    const QUuid &typeId, QByteArrayView dataXml, ThingError *error)
{
    Thing thing;
    thing.setTypeId(typeId);
    if (!thing.setDataXml(dataXml, error))
        return std::nullopt;
    return thing;
}

QByteArray Thing::toXml() const
{
    return m_root.toXml();
}

QUuid Thing::id() const
{
    return guidOf(m_root.childText(u"thing-id"));
}

QString Thing::versionStamp() const
{
    const XmlNode *key = m_root.child(u"thing-id");
    return key ? key->attribute(u"version-stamp") : QString();
}

void Thing::setKey(const QUuid &id, const QString &versionStamp)
{
    XmlNode &key = m_root.ensureChild(QStringLiteral("thing-id"), kThingOrder);
    key.setText(guidText(id));
    if (versionStamp.isEmpty())
        key.removeAttribute(u"version-stamp");
    else
        key.setAttribute(QStringLiteral("version-stamp"), versionStamp);
}

void Thing::clearKey()
{
    m_root.removeChildren(u"thing-id");
}

QUuid Thing::typeId() const
{
    return guidOf(m_root.childText(u"type-id"));
}

QString Thing::typeName() const
{
    const XmlNode *type = m_root.child(u"type-id");
    return type ? type->attribute(u"name") : QString();
}

void Thing::setTypeId(const QUuid &typeId)
{
    XmlNode &type = m_root.ensureChild(QStringLiteral("type-id"), kThingOrder);
    if (guidOf(type.text()) != typeId)
        type.removeAttribute(u"name");
    type.setText(guidText(typeId));
}

void Thing::setTypeId(const QUuid &typeId, const QString &name)
{
    setTypeId(typeId);
    m_root.ensureChild(QStringLiteral("type-id"), kThingOrder)
        .setAttribute(QStringLiteral("name"), name);
}

ThingState Thing::state() const
{
    return m_root.childText(u"thing-state").trimmed() == u"Deleted" ? ThingState::Deleted
                                                                    : ThingState::Active;
}

void Thing::setState(ThingState state)
{
    m_root.setChildText(QStringLiteral("thing-state"),
        state == ThingState::Deleted ? QStringLiteral("Deleted") : QStringLiteral("Active"),
        kThingOrder);
}

quint32 Thing::flags() const
{
    return m_root.childText(u"flags").trimmed().toUInt();
}

void Thing::setFlags(quint32 flags)
{
    m_root.setChildText(QStringLiteral("flags"), QString::number(flags), kThingOrder);
}

QDateTime Thing::effectiveDate() const
{
    return parseXsdDateTime(m_root.childText(u"eff-date").trimmed());
}

void Thing::setEffectiveDate(const QDateTime &date)
{
    if (!date.isValid()) {
        m_root.removeChildren(u"eff-date");
        return;
    }
    m_root.setChildText(QStringLiteral("eff-date"), formatXsdDateTime(date), kThingOrder);
}

std::optional<ThingAudit> Thing::created() const
{
    return readAudit(m_root.child(u"created"));
}

void Thing::setCreated(const ThingAudit &audit)
{
    setAudit(QStringLiteral("created"), audit);
}

std::optional<ThingAudit> Thing::updated() const
{
    return readAudit(m_root.child(u"updated"));
}

void Thing::setUpdated(const ThingAudit &audit)
{
    setAudit(QStringLiteral("updated"), audit);
}

void Thing::setAudit(const QString &name, const ThingAudit &audit)
{
    XmlNode &node = m_root.ensureChild(name, kThingOrder);
    node.children().clear();
    node.setChildText(QStringLiteral("timestamp"), formatXsdDateTime(audit.timestamp), kAuditOrder);
    auto idWithName = [&](const QString &element, const QUuid &id, const QString &idName) {
        XmlNode &child = node.ensureChild(element, kAuditOrder);
        child.setText(guidText(id));
        if (!idName.isEmpty())
            child.setAttribute(QStringLiteral("name"), idName);
    };
    idWithName(QStringLiteral("app-id"), audit.appId, audit.appName);
    idWithName(QStringLiteral("person-id"), audit.personId, audit.personName);
    if (!audit.impersonatorId.isNull())
        idWithName(QStringLiteral("impersonator-id"), audit.impersonatorId, audit.impersonatorName);
    if (audit.accessAvenue != ThingAudit::Avenue::Unknown)
        node.setChildText(QStringLiteral("access-avenue"),
            audit.accessAvenue == ThingAudit::Avenue::Online ? QStringLiteral("Online")
                                                             : QStringLiteral("Offline"),
            kAuditOrder);
    QString action = QStringLiteral("Created");
    if (audit.auditAction == ThingAudit::Action::Updated)
        action = QStringLiteral("Updated");
    else if (audit.auditAction == ThingAudit::Action::Deleted)
        action = QStringLiteral("Deleted");
    node.setChildText(QStringLiteral("audit-action"), action, kAuditOrder);
    if (!audit.masterAppId.isNull())
        node.setChildText(
            QStringLiteral("master-app-id"), guidText(audit.masterAppId), kAuditOrder);
}

const XmlNode *Thing::dataXmlElement() const
{
    for (const XmlNode &c : m_root.children()) {
        if (c.isElement() && c.name() == u"data-xml" && !c.hasAttribute(u"transform"))
            return &c;
    }
    return nullptr;
}

XmlNode *Thing::dataXmlElement()
{
    return const_cast<XmlNode *>(std::as_const(*this).dataXmlElement());
}

QByteArray Thing::dataXml() const
{
    const XmlNode *data = dataXmlElement();
    if (!data)
        return {};
    QByteArray out;
    QXmlStreamWriter writer(&out);
    for (const XmlNode &c : data->children())
        c.write(writer);
    XmlNode::closePendingElement(writer);
    return out;
}

bool Thing::setDataXml(QByteArrayView xml, ThingError *error)
{
    std::optional<std::vector<XmlNode>> nodes = XmlParser::parseFragment(xml, error);
    if (!nodes)
        return false;
    bool hasElement = false;
    for (const XmlNode &node : *nodes) {
        if (node.isText() && !node.value().trimmed().isEmpty()) {
            if (error)
                *error = { QStringLiteral("data-xml holds text outside its elements"), 1, 1 };
            return false;
        }
        hasElement = hasElement || node.isElement();
    }
    if (!hasElement) {
        if (error)
            *error = { QStringLiteral("data-xml holds no element"), 1, 1 };
        return false;
    }
    XmlNode *data = dataXmlElement();
    if (!data)
        data = &m_root.insertChild(XmlNode(QStringLiteral("data-xml")), kThingOrder);
    data->children() = std::move(*nodes);
    return true;
}

const XmlNode *Thing::dataRoot() const
{
    const XmlNode *data = dataXmlElement();
    if (!data)
        return nullptr;
    for (const XmlNode &c : data->children()) {
        if (c.isElement())
            return c.name() == u"common" ? nullptr : &c;
    }
    return nullptr;
}

XmlNode *Thing::dataRoot()
{
    return const_cast<XmlNode *>(std::as_const(*this).dataRoot());
}

void Thing::setDataRoot(XmlNode root)
{
    if (XmlNode *existing = dataRoot()) {
        *existing = std::move(root);
        return;
    }
    XmlNode *data = dataXmlElement();
    if (!data)
        data = &m_root.insertChild(XmlNode(QStringLiteral("data-xml")), kThingOrder);
    auto &children = data->children();
    children.insert(children.begin(), std::move(root));
}

const XmlNode *Thing::common() const
{
    const XmlNode *data = dataXmlElement();
    return data ? data->child(u"common") : nullptr;
}

XmlNode &Thing::ensureCommon()
{
    XmlNode *data = dataXmlElement();
    if (!data)
        data = &m_root.insertChild(XmlNode(QStringLiteral("data-xml")), kThingOrder);
    if (XmlNode *existing = data->child(u"common"))
        return *existing;
    return data->appendChild(XmlNode(QStringLiteral("common")));
}

QString Thing::source() const
{
    const XmlNode *c = common();
    return c ? c->childText(u"source") : QString();
}

void Thing::setSource(const QString &source)
{
    ensureCommon().setChildText(QStringLiteral("source"), source, kCommonOrder);
}

QString Thing::note() const
{
    const XmlNode *c = common();
    return c ? c->childText(u"note") : QString();
}

void Thing::setNote(const QString &note)
{
    ensureCommon().setChildText(QStringLiteral("note"), note, kCommonOrder);
}

QString Thing::commonTags() const
{
    const XmlNode *c = common();
    return c ? c->childText(u"tags") : QString();
}

void Thing::setCommonTags(const QString &tags)
{
    ensureCommon().setChildText(QStringLiteral("tags"), tags, kCommonOrder);
}

QString Thing::clientThingId() const
{
    const XmlNode *c = common();
    return c ? c->childText(u"client-thing-id") : QString();
}

void Thing::setClientThingId(const QString &id)
{
    ensureCommon().setChildText(QStringLiteral("client-thing-id"), id, kCommonOrder);
}

QList<RelatedThing> Thing::relatedThings() const
{
    QList<RelatedThing> result;
    const XmlNode *c = common();
    if (!c)
        return result;
    for (const XmlNode *node : c->childElements(u"related-thing")) {
        RelatedThing related;
        related.thingId = guidOf(node->childText(u"thing-id"));
        related.versionStamp = node->childText(u"version-stamp").trimmed();
        related.clientThingId = node->childText(u"client-thing-id");
        related.relationshipType = node->childText(u"relationship-type");
        result.append(related);
    }
    return result;
}

void Thing::addRelatedThing(const RelatedThing &related)
{
    XmlNode node(QStringLiteral("related-thing"));
    if (!related.thingId.isNull()) {
        node.setChildText(QStringLiteral("thing-id"), guidText(related.thingId), kRelatedOrder);
        if (!related.versionStamp.isEmpty())
            node.setChildText(QStringLiteral("version-stamp"), related.versionStamp, kRelatedOrder);
    } else {
        node.setChildText(QStringLiteral("client-thing-id"), related.clientThingId, kRelatedOrder);
    }
    if (!related.relationshipType.isEmpty())
        node.setChildText(
            QStringLiteral("relationship-type"), related.relationshipType, kRelatedOrder);
    // insertChild puts it before <client-thing-id>, after any earlier links.
    ensureCommon().insertChild(std::move(node), kCommonOrder);
}

QList<const XmlNode *> Thing::extensions() const
{
    const XmlNode *c = common();
    return c ? c->childElements(u"extension") : QList<const XmlNode *>();
}

void Thing::addExtension(const QString &source, XmlNode content)
{
    XmlNode extension(QStringLiteral("extension"));
    extension.setAttribute(QStringLiteral("source"), source);
    extension.appendChild(std::move(content));
    ensureCommon().insertChild(std::move(extension), kCommonOrder);
}

QList<ThingBlob> Thing::blobs() const
{
    QList<ThingBlob> result;
    const XmlNode *payload = m_root.child(u"blob-payload");
    if (!payload)
        return result;
    for (const XmlNode *node : payload->childElements(u"blob")) {
        ThingBlob blob;
        if (const XmlNode *info = node->child(u"blob-info")) {
            blob.name = info->childText(u"name");
            blob.contentType = info->childText(u"content-type");
            if (const XmlNode *hash = info->child(u"hash-info")) {
                blob.hashAlgorithm = hash->childText(u"algorithm");
                blob.hash = hash->childText(u"hash").trimmed();
                if (const XmlNode *params = hash->child(u"params")) {
                    bool ok = false;
                    const qint64 size = params->childText(u"block-size").trimmed().toLongLong(&ok);
                    if (ok)
                        blob.hashBlockSize = size;
                }
            }
        }
        bool ok = false;
        const qint64 length = node->childText(u"content-length").trimmed().toLongLong(&ok);
        if (ok)
            blob.contentLength = length;
        if (const XmlNode *data = node->child(u"base64data")) {
            blob.inlineData = QByteArray::fromBase64(data->text().toLatin1());
            blob.hasInlineData = true;
        }
        const QString url = node->childText(u"blob-ref-url").trimmed();
        if (!url.isEmpty())
            blob.refUrl = QUrl(url);
        result.append(blob);
    }
    return result;
}

void Thing::setBlobs(const QList<ThingBlob> &blobs)
{
    m_root.removeChildren(u"blob-payload");
    if (blobs.isEmpty())
        return;
    XmlNode payload(QStringLiteral("blob-payload"));
    for (const ThingBlob &blob : blobs) {
        XmlNode node(QStringLiteral("blob"));
        XmlNode &info = node.appendChild(XmlNode(QStringLiteral("blob-info")));
        info.appendChild(XmlNode(QStringLiteral("name"))).setText(blob.name);
        info.appendChild(XmlNode(QStringLiteral("content-type"))).setText(blob.contentType);
        if (!blob.hashAlgorithm.isEmpty()) {
            XmlNode &hash = info.appendChild(XmlNode(QStringLiteral("hash-info")));
            hash.appendChild(XmlNode(QStringLiteral("algorithm"))).setText(blob.hashAlgorithm);
            if (blob.hashBlockSize > 0)
                hash.appendChild(XmlNode(QStringLiteral("params")))
                    .appendChild(XmlNode(QStringLiteral("block-size")))
                    .setText(QString::number(blob.hashBlockSize));
            hash.appendChild(XmlNode(QStringLiteral("hash"))).setText(blob.hash);
        }
        if (blob.contentLength >= 0)
            node.setChildText(
                QStringLiteral("content-length"), QString::number(blob.contentLength), kBlobOrder);
        if (blob.hasInlineData)
            node.setChildText(QStringLiteral("base64data"),
                QString::fromLatin1(blob.inlineData.toBase64()), kBlobOrder);
        else if (blob.refUrl.isValid())
            node.setChildText(QStringLiteral("blob-ref-url"),
                blob.refUrl.toString(QUrl::FullyEncoded), kBlobOrder);
        payload.appendChild(std::move(node));
    }
    m_root.insertChild(std::move(payload), kThingOrder);
}

QStringList Thing::effectivePermissions() const
{
    QStringList result;
    const XmlNode *permissions = m_root.child(u"eff-permissions");
    if (!permissions)
        return result;
    for (const XmlNode *p : permissions->childElements(u"permission"))
        result.append(p->text().trimmed());
    return result;
}

bool Thing::permissionsImmutable() const
{
    const XmlNode *permissions = m_root.child(u"eff-permissions");
    if (!permissions)
        return false;
    const QString value = permissions->attribute(u"immutable").trimmed();
    return value == u"true" || value == u"1";
}

QString Thing::tags() const
{
    return m_root.childText(u"tags");
}

void Thing::setTags(const QString &tags)
{
    m_root.setChildText(QStringLiteral("tags"), tags, kThingOrder);
}

bool Thing::hasSignature() const
{
    return m_root.child(u"signature-info") != nullptr;
}

QByteArray Thing::signatureInfoXml() const
{
    const XmlNode *signature = m_root.child(u"signature-info");
    return signature ? signature->toXml() : QByteArray();
}

QDateTime Thing::updatedEndDate() const
{
    return parseXsdDateTime(m_root.childText(u"updated-end-date").trimmed());
}

bool Thing::canonicallyEquals(const Thing &other) const
{
    return m_root.canonicallyEquals(other.m_root);
}

} // namespace hearth
