// GetThings v3, PutThings v2 and RemoveThings v1 of PlatformApi.

#include "core/protocol/XsDateTime.h"
#include "core/thing/Thing.h"
#include "server/api/DataXmlValidator.h"
#include "server/api/PlatformApi.h"
#include "server/api/ThingTypes.h"
#include "server/api/ThingXPath.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace hearth::vault {

using protocol::StatusCode;
using protocol::XsDateTime;

namespace {

MethodResult failure(StatusCode status, const QString &message)
{
    return { status, message, {} };
}

QByteArray guidBytes(const QUuid &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

QByteArray timeBytes(const QDateTime &time)
{
    return XsDateTime::format(time).toLatin1();
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// One <group> of a GetThings request.
struct GroupQuery
{
    QString name;
    int max = -1;
    int maxFull = -1;
    ThingSelection selection;
    bool impossible = false; // filters that exclude each other
    bool typesFiltered = false;
    bool stateFiltered = false; // else only active things
    QSet<QString> sections;
    bool xml = false;
    QList<ThingXPath> xpaths; // all must match
};

// Merges one <filter> into the group's selection (filters are ANDed).
bool readFilter(QXmlStreamReader &reader, GroupQuery *group, QString *error)
{
    QList<QUuid> types;
    bool sawState = false;
    bool active = false;
    bool deleted = false;
    auto later = [](QDateTime &bound, const QDateTime &value) {
        if (!bound.isValid() || value > bound)
            bound = value;
    };
    auto earlier = [](QDateTime &bound, const QDateTime &value) {
        if (!bound.isValid() || value < bound)
            bound = value;
    };
    auto sameId = [group](QUuid &slot, const QUuid &value) {
        if (!slot.isNull() && slot != value)
            group->impossible = true;
        slot = value;
    };
    ThingSelection &s = group->selection;
    while (reader.readNextStartElement()) {
        const QString name = reader.name().toString();
        const QString text = reader.readElementText().trimmed();
        if (reader.hasError())
            return false;
        const QUuid id = QUuid::fromString(text);
        const QDateTime time = XsDateTime::parse(text);
        const bool isId = name == QLatin1String("type-id")
            || name.endsWith(QLatin1String("-app-id"))
            || name.endsWith(QLatin1String("-person-id"));
        const bool isTime = name.contains(QLatin1String("-date-"));
        if ((isId && id.isNull()) || (isTime && !time.isValid())) {
            *error = QStringLiteral("%1 has an invalid value").arg(name);
            return false;
        }
        if (name == QLatin1String("type-id")) {
            types << id;
        } else if (name == QLatin1String("thing-state")) {
            sawState = true;
            if (text == QLatin1String("Active"))
                active = true;
            else if (text == QLatin1String("Deleted"))
                deleted = true;
            else {
                *error = QStringLiteral("thing-state must be Active or Deleted");
                return false;
            }
        } else if (name == QLatin1String("eff-date-min")) {
            later(s.effDateMin, time);
        } else if (name == QLatin1String("eff-date-max")) {
            earlier(s.effDateMax, time);
        } else if (name == QLatin1String("created-date-min")) {
            later(s.createdDateMin, time);
        } else if (name == QLatin1String("created-date-max")) {
            earlier(s.createdDateMax, time);
        } else if (name == QLatin1String("updated-date-min")) {
            later(s.updatedDateMin, time);
        } else if (name == QLatin1String("updated-date-max")) {
            earlier(s.updatedDateMax, time);
        } else if (name == QLatin1String("updated-end-date-min")) {
            later(s.updatedEndDateMin, time);
        } else if (name == QLatin1String("updated-end-date-max")) {
            earlier(s.updatedEndDateMax, time);
        } else if (name == QLatin1String("created-app-id")) {
            sameId(s.createdAppId, id);
        } else if (name == QLatin1String("created-person-id")) {
            sameId(s.createdPersonId, id);
        } else if (name == QLatin1String("updated-app-id")) {
            sameId(s.updatedAppId, id);
        } else if (name == QLatin1String("updated-person-id")) {
            sameId(s.updatedPersonId, id);
        } else if (name == QLatin1String("xpath")) {
            auto xpath = ThingXPath::compile(text, error);
            if (!xpath)
                return false;
            group->xpaths << *xpath;
        } else {
            *error = QStringLiteral("unknown filter element %1").arg(name);
            return false;
        }
    }
    if (!types.isEmpty()) {
        if (group->typesFiltered) {
            QList<QUuid> both;
            for (const QUuid &type : types) {
                if (s.typeIds.contains(type))
                    both << type;
            }
            s.typeIds = both;
            group->impossible = group->impossible || both.isEmpty();
        } else {
            s.typeIds = types;
            group->typesFiltered = true;
        }
    }
    if (sawState) {
        s.active = active && (s.active || !group->stateFiltered);
        s.deleted = deleted && (s.deleted || !group->stateFiltered);
        group->stateFiltered = true;
        group->impossible = group->impossible || (!s.active && !s.deleted);
    }
    return true;
}

bool readGroup(QXmlStreamReader &reader, GroupQuery *group, QString *error)
{
    const auto attributes = reader.attributes();
    group->name = attributes.value(QLatin1String("name")).toString();
    bool ok = true;
    if (attributes.hasAttribute(QLatin1String("max")))
        group->max = attributes.value(QLatin1String("max")).toInt(&ok);
    if (ok && attributes.hasAttribute(QLatin1String("max-full")))
        group->maxFull = attributes.value(QLatin1String("max-full")).toInt(&ok);
    if (!ok || group->max < -1 || group->maxFull < -1) {
        *error = QStringLiteral("max and max-full must be numbers");
        return false;
    }
    // Groups without a filter still only see active things.
    group->selection.active = true;
    group->selection.deleted = false;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("id")) {
            const QUuid id = QUuid::fromString(reader.readElementText().trimmed());
            if (id.isNull()) {
                *error = QStringLiteral("id is not a GUID");
                return false;
            }
            group->selection.thingIds << id;
        } else if (name == QLatin1String("key")) {
            const QUuid stamp = QUuid::fromString(
                reader.attributes().value(QLatin1String("version-stamp")).trimmed());
            const QUuid id = QUuid::fromString(reader.readElementText().trimmed());
            if (id.isNull() || stamp.isNull()) {
                *error = QStringLiteral("key needs a thing id and a version-stamp");
                return false;
            }
            group->selection.keys << qMakePair(id, stamp);
        } else if (name == QLatin1String("client-thing-id")) {
            group->selection.clientThingIds << reader.readElementText().trimmed();
        } else if (name == QLatin1String("filter")) {
            if (!readFilter(reader, group, error))
                return false;
        } else if (name == QLatin1String("format")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("section")) {
                    group->sections.insert(reader.readElementText().trimmed());
                } else if (reader.name() == QLatin1String("xml")) {
                    group->xml = true;
                    if (!reader.readElementText().trimmed().isEmpty()) {
                        *error = QStringLiteral("xml transforms are not supported");
                        return false;
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("current-version-only")) {
            const QString text = reader.readElementText().trimmed();
            group->selection.currentVersionOnly
                = text != QLatin1String("false") && text != QLatin1String("0");
        } else {
            reader.skipCurrentElement(); // intents, order-by
        }
    }
    return !reader.hasError();
}

void writeAudit(QByteArray &out, const char *element, const Audit &audit,
    const std::function<QString(const QUuid &)> &name)
{
    out += '<';
    out += element;
    out += "><timestamp>" + timeBytes(audit.timestamp) + "</timestamp>";
    out += "<app-id name=\"" + escaped(name(audit.appId)) + "\">" + guidBytes(audit.appId)
        + "</app-id>";
    out += "<person-id name=\"" + escaped(name(audit.personId)) + "\">" + guidBytes(audit.personId)
        + "</person-id>";
    out += "<access-avenue>" + audit.accessAvenue.toLatin1() + "</access-avenue>";
    out += "<audit-action>" + audit.action.toLatin1() + "</audit-action>";
    if (!audit.masterAppId.isNull())
        out += "<master-app-id>" + guidBytes(audit.masterAppId) + "</master-app-id>";
    out += "</";
    out += element;
    out += '>';
}

void writeThing(QByteArray &out, const ThingVersion &thing, const GroupQuery &group,
    const QString &permissions, const std::function<QString(const QUuid &)> &name,
    const QByteArray &blobPayload = {})
{
    out += "<thing><thing-id version-stamp=\"" + guidBytes(thing.versionStamp) + "\">"
        + guidBytes(thing.thingId) + "</thing-id>";
    const ThingTypeInfo *type = ThingTypes::find(thing.typeId);
    out += "<type-id";
    if (type)
        out += " name=\"" + escaped(type->name) + '"';
    out += '>' + guidBytes(thing.typeId) + "</type-id>";
    const bool core = group.sections.contains(QStringLiteral("core"));
    if (core) {
        out += thing.deleted ? "<thing-state>Deleted</thing-state>"
                             : "<thing-state>Active</thing-state>";
        out += "<flags>" + QByteArray::number(thing.flags) + "</flags>";
        out += "<eff-date>" + timeBytes(thing.effDate) + "</eff-date>";
    }
    if (group.sections.contains(QStringLiteral("audits"))) {
        writeAudit(out, "created", thing.created, name);
        writeAudit(out, "updated", thing.updated, name);
    }
    if (group.xml)
        out += "<data-xml>" + thing.dataXml + "</data-xml>";
    out += blobPayload;
    if (group.sections.contains(QStringLiteral("effectivepermissions"))) {
        out += "<eff-permissions immutable=\"false\">";
        const char *const names[] = { "Read", "Update", "Create", "Delete" };
        const char letters[] = { 'R', 'U', 'C', 'D' };
        for (int i = 0; i < 4; ++i) {
            if (permissions.contains(QLatin1Char(letters[i])))
                out += QByteArray("<permission>") + names[i] + "</permission>";
        }
        out += "</eff-permissions>";
    }
    if (core && thing.updatedEndDate.isValid())
        out += "<updated-end-date>" + timeBytes(thing.updatedEndDate) + "</updated-end-date>";
    out += "</thing>";
}

// The effective date of a data-xml: its root's <when> (a structured
// date-time), if it has one.
QDateTime effectiveDate(const QByteArray &dataXml)
{
    QXmlStreamReader reader(dataXml);
    if (!reader.readNextStartElement())
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("when")) {
            reader.skipCurrentElement();
            continue;
        }
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, f = 0;
        while (reader.readNextStartElement()) {
            const bool isDate = reader.name() == QLatin1String("date");
            const bool isTime = reader.name() == QLatin1String("time");
            if (!isDate && !isTime) {
                reader.skipCurrentElement();
                continue;
            }
            while (reader.readNextStartElement()) {
                const auto part = reader.name().toString();
                const int value = reader.readElementText().trimmed().toInt();
                if (isDate && part == QLatin1String("y"))
                    y = value;
                else if (isDate && part == QLatin1String("m"))
                    mo = value;
                else if (isDate && part == QLatin1String("d"))
                    d = value;
                else if (isTime && part == QLatin1String("h"))
                    h = value;
                else if (isTime && part == QLatin1String("m"))
                    mi = value;
                else if (isTime && part == QLatin1String("s"))
                    s = value;
                else if (isTime && part == QLatin1String("f"))
                    f = value;
            }
        }
        const QDateTime when(QDate(y, mo, d), QTime(h, mi, s, f), Qt::UTC);
        return when.isValid() ? when : QDateTime();
    }
    return {};
}

// Reads the <thing> elements of PutThings through hearth::Thing, which
// checks the envelope (GUIDs, dates, flags, well-formed data-xml).
bool readThings(const QByteArray &info, QList<ThingWrite> *writes, QList<QList<ThingBlob>> *blobs,
    QString *error, int maxThings)
{
    QXmlStreamReader reader(info);
    reader.readNextStartElement(); // info
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("thing")) {
            *error = QStringLiteral("PutThings expects thing elements");
            return false;
        }
        if (writes->size() == maxThings) {
            *error = QStringLiteral("too many things in one call");
            return false;
        }
        QByteArray thingXml;
        {
            QXmlStreamWriter w(&thingXml);
            w.writeCurrentToken(reader);
            int depth = 1;
            while (depth > 0 && !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement())
                    ++depth;
                else if (reader.isEndElement())
                    --depth;
                w.writeCurrentToken(reader);
            }
        }
        if (reader.hasError())
            break;
        ThingError thingError;
        const auto thing = Thing::fromXml(thingXml, &thingError);
        if (!thing) {
            *error = QStringLiteral("thing %1: %2").arg(writes->size() + 1).arg(thingError.message);
            return false;
        }
        ThingWrite write;
        write.thingId = thing->id();
        write.versionStamp = QUuid::fromString(thing->versionStamp());
        write.typeId = thing->typeId();
        // Apps may set only the read-only flag.
        write.flags = thing->flags() & ReadOnlyFlag;
        write.dataXml = thing->dataXml();
        write.clientThingId = thing->clientThingId();
        if (write.typeId.isNull() || write.dataXml.isEmpty()) {
            *error
                = QStringLiteral("thing %1 needs a type-id and data-xml").arg(writes->size() + 1);
            return false;
        }
        if (const XmlNode *root = thing->dataRoot()) {
            const QString problem = DataXmlValidator::check(write.typeId, *root);
            if (!problem.isEmpty()) {
                *error = QStringLiteral("thing %1: %2").arg(writes->size() + 1).arg(problem);
                return false;
            }
        }
        write.effDate = effectiveDate(write.dataXml);
        writes->append(write);
        blobs->append(thing->blobs());
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

QString rootOf(const QByteArray &dataXml)
{
    QXmlStreamReader reader(dataXml);
    return reader.readNextStartElement() ? reader.name().toString() : QString();
}

} // namespace

MethodResult PlatformApi::getThings(const CallContext &context)
{
    if (!context.rules.permissions.contains(QLatin1Char('R')))
        return failure(StatusCode::AccessDenied, QStringLiteral("the application may not read"));
    QXmlStreamReader reader(context.request->rawInfo());
    reader.readNextStartElement(); // info
    QList<GroupQuery> groups;
    QString error;
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("group")) {
            reader.skipCurrentElement();
            continue;
        }
        if (groups.size() == m_limits.maxGetThingsQueryGroups)
            return failure(StatusCode::TooManyGroupsInQuery,
                QStringLiteral("at most %1 groups per query")
                    .arg(m_limits.maxGetThingsQueryGroups));
        GroupQuery group;
        if (!readGroup(reader, &group, &error))
            return failure(reader.hasError() ? StatusCode::InvalidXml : StatusCode::InvalidFilter,
                reader.hasError() ? reader.errorString() : error);
        groups << group;
    }
    if (reader.hasError())
        return failure(StatusCode::InvalidXml, reader.errorString());
    if (groups.isEmpty())
        return failure(StatusCode::InvalidFilter, QStringLiteral("GetThings needs a group"));

    const QList<QUuid> &allowed = context.rules.allowedTypes;
    QByteArray out;
    auto names = [this](const QUuid &id) { return appName(id); };
    for (GroupQuery &group : groups) {
        ThingSelection &s = group.selection;
        if (!allowed.isEmpty()) {
            if (!group.typesFiltered) {
                s.typeIds = allowed;
            } else {
                for (const QUuid &type : std::as_const(s.typeIds)) {
                    if (!allowed.contains(type))
                        return failure(StatusCode::AccessDenied,
                            QStringLiteral("the application may not read this thing type"));
                }
            }
        }
        const int full
            = qMin(group.maxFull < 0 ? m_limits.maxFullThingResultsPerGroup : group.maxFull,
                m_limits.maxFullThingResultsPerGroup);
        const int total = full + m_limits.maxPartialThingResultsPerGroup;
        s.limit = group.max < 0 ? total : qMin(group.max, total);
        s.withAudits = group.sections.contains(QStringLiteral("audits"));
        s.withData = group.xml;
        // xpath filters look into every candidate's data-xml (HealthVault's
        // "brute force" search), so the limit applies after them.
        const int limit = s.limit;
        if (!group.xpaths.isEmpty()) {
            s.limit = -1;
            s.withData = true;
        }
        QList<ThingVersion> things;
        if (!group.impossible)
            things = m_store.selectThings(context.recordId, s);
        if (!group.xpaths.isEmpty()) {
            things.removeIf([&group](const ThingVersion &t) {
                return std::any_of(group.xpaths.cbegin(), group.xpaths.cend(),
                    [&t](const ThingXPath &xpath) { return !xpath.matches(t.dataXml); });
            });
            if (things.size() > limit)
                things.resize(limit);
        }
        // Ids the app asked for but may not see (another type) are dropped silently.
        if (!allowed.isEmpty())
            things.removeIf([&](const ThingVersion &t) { return !allowed.contains(t.typeId); });
        out += "<group";
        if (!group.name.isEmpty())
            out += " name=\"" + escaped(group.name) + '"';
        out += '>';
        QHash<QUuid, QList<StoredBlob>> blobs;
        if (group.sections.contains(QStringLiteral("blobpayload"))) {
            QList<QUuid> stamps;
            for (int i = 0; i < things.size() && i < full; ++i)
                stamps << things[i].versionStamp;
            blobs = m_store.thingBlobs(stamps);
        }
        for (int i = 0; i < things.size() && i < full; ++i)
            writeThing(out, things[i], group, context.rules.permissions, names,
                blobPayloadXml(blobs.value(things[i].versionStamp)));
        for (int i = full; i < things.size(); ++i) {
            const ThingVersion &t = things[i];
            out += "<unprocessed-thing-key-info><thing-id version-stamp=\""
                + guidBytes(t.versionStamp) + "\">" + guidBytes(t.thingId) + "</thing-id><type-id>"
                + guidBytes(t.typeId) + "</type-id><eff-date>" + timeBytes(t.effDate)
                + "</eff-date>";
            if (t.updatedEndDate.isValid())
                out += "<updated-end-date>" + timeBytes(t.updatedEndDate) + "</updated-end-date>";
            out += "</unprocessed-thing-key-info>";
        }
        out += "</group>";
    }
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::putThings(const CallContext &context)
{
    QList<ThingWrite> writes;
    QList<QList<ThingBlob>> blobs;
    QString error;
    if (!readThings(context.request->rawInfo(), &writes, &blobs, &error, m_limits.maxThingsPerPut))
        return failure(StatusCode::InvalidXml, error);
    if (writes.isEmpty())
        return failure(
            StatusCode::InvalidXml, QStringLiteral("PutThings needs at least one thing"));
    if (context.access != RecordAccess::Custodian && context.access != RecordAccess::ViewAndModify)
        return failure(
            StatusCode::AccessDenied, QStringLiteral("the person may only view this record"));
    for (const ThingWrite &write : std::as_const(writes)) {
        const QLatin1Char needed(write.thingId.isNull() ? 'C' : 'U');
        if (!context.rules.permissions.contains(needed)
            || (!context.rules.allowedTypes.isEmpty()
                && !context.rules.allowedTypes.contains(write.typeId)))
            return failure(StatusCode::AccessDenied,
                QStringLiteral("the application may not write this thing type"));
        const ThingTypeInfo *type = ThingTypes::find(write.typeId);
        if (!type)
            return failure(StatusCode::InvalidThingType,
                QStringLiteral("thing type %1 is unknown to this vault")
                    .arg(write.typeId.toString(QUuid::WithoutBraces)));
        if (!type->root.isEmpty() && rootOf(write.dataXml) != type->root)
            return failure(StatusCode::InvalidXml,
                QStringLiteral("data-xml of type %1 must have the root %2")
                    .arg(type->name, type->root));
    }
    for (qsizetype i = 0; i < writes.size(); ++i) {
        if (blobs.at(i).isEmpty())
            continue;
        const MethodResult blobResult = resolveBlobs(context, blobs.at(i), &writes[i]);
        if (blobResult.status != StatusCode::Ok)
            return blobResult;
    }
    return writeAndAnswer(context, writes);
}

MethodResult PlatformApi::removeThings(const CallContext &context)
{
    QList<ThingWrite> writes;
    QXmlStreamReader reader(context.request->rawInfo());
    reader.readNextStartElement();
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("thing-id"))
            return failure(
                StatusCode::InvalidXml, QStringLiteral("RemoveThings expects thing-id elements"));
        ThingWrite write;
        write.remove = true;
        write.versionStamp = QUuid::fromString(
            reader.attributes().value(QLatin1String("version-stamp")).trimmed());
        write.thingId = QUuid::fromString(reader.readElementText().trimmed());
        if (write.thingId.isNull())
            return failure(StatusCode::InvalidXml, QStringLiteral("thing-id is not a GUID"));
        writes << write;
    }
    if (reader.hasError() || writes.isEmpty())
        return failure(StatusCode::InvalidXml,
            reader.hasError() ? reader.errorString() : QStringLiteral("no thing-id given"));
    if (context.access != RecordAccess::Custodian && context.access != RecordAccess::ViewAndModify)
        return failure(
            StatusCode::AccessDenied, QStringLiteral("the person may only view this record"));
    if (!context.rules.permissions.contains(QLatin1Char('D')))
        return failure(StatusCode::AccessDenied, QStringLiteral("the application may not delete"));
    for (ThingWrite &write : writes) {
        const auto current = m_store.currentVersion(context.recordId, write.thingId);
        if (current && !context.rules.allowedTypes.isEmpty()
            && !context.rules.allowedTypes.contains(current->typeId))
            return failure(StatusCode::AccessDenied,
                QStringLiteral("the application may not delete this thing type"));
    }
    MethodResult result = writeAndAnswer(context, writes);
    result.info.clear();
    return result;
}

MethodResult PlatformApi::writeAndAnswer(
    const CallContext &context, const QList<ThingWrite> &writes)
{
    Audit audit;
    audit.timestamp = m_clock.now();
    audit.appId = context.app.id;
    audit.personId = context.personId;
    audit.masterAppId = context.app.masterId;
    audit.accessAvenue = context.avenue;
    QList<ThingVersion> written;
    int failed = -1;
    switch (m_store.writeThings(context.recordId, writes, audit, &written, &failed)) {
    case VaultStore::WriteResult::Ok:
        break;
    case VaultStore::WriteResult::NotFound:
        return failure(StatusCode::InvalidThing,
            QStringLiteral("thing %1 does not exist in this record").arg(failed + 1));
    case VaultStore::WriteResult::StampMissing:
        return failure(StatusCode::VersionStampMissing,
            QStringLiteral("thing %1 needs its version-stamp").arg(failed + 1));
    case VaultStore::WriteResult::StampMismatch:
        return failure(StatusCode::VersionStampMismatch,
            QStringLiteral("thing %1 was changed since that version").arg(failed + 1));
    case VaultStore::WriteResult::Failed:
        return failure(StatusCode::Failed, QStringLiteral("the things could not be stored"));
    }
    QByteArray out;
    for (const ThingVersion &version : std::as_const(written))
        out += "<thing-id version-stamp=\"" + guidBytes(version.versionStamp) + "\">"
            + guidBytes(version.thingId) + "</thing-id>";
    return { StatusCode::Ok, {}, out };
}

} // namespace hearth::vault
