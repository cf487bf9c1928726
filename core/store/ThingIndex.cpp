#include "core/store/ThingIndex.h"

#include "core/thing/Thing.h"

namespace hearth {
namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// The value in base units under <value><si-element> of a measurement root.
std::optional<double> siValue(const XmlNode &root, QStringView siElement)
{
    const XmlNode *value = root.child(u"value");
    return value ? number(value->childText(siElement)) : std::nullopt;
}

// All text of an element, for the free-text filter; bounded so one large
// thing cannot blow up the index.
void collectText(const XmlNode &node, QString *out)
{
    constexpr int kMaxSearchText = 2000;
    for (const XmlNode &child : node.children()) {
        if (out->size() >= kMaxSearchText)
            return;
        if (child.isText()) {
            const QString text = child.value().simplified();
            if (!text.isEmpty()) {
                if (!out->isEmpty())
                    out->append(QLatin1Char(' '));
                out->append(text.left(kMaxSearchText - out->size()));
            }
        } else if (child.isElement()) {
            collectText(child, out);
        }
    }
}

} // namespace

const QUuid ThingIndex::weightType { QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17") };
const QUuid ThingIndex::bloodPressureType { QStringLiteral(
    "ca3c57f4-f4c1-4e15-be67-0a3caf5414ed") };
const QUuid ThingIndex::bloodGlucoseType { QStringLiteral("879e7c04-4e8a-4707-9ad3-b054df467ce4") };
const QUuid ThingIndex::heightType { QStringLiteral("40750a6a-89b2-455c-bd8d-b420a4cb500b") };

ThingRow ThingIndex::rowFor(qint64 record, const Thing &thing, const QDateTime &updated)
{
    return rowFor(record, thing, updated, thing.toXml());
}

ThingRow ThingIndex::rowFor(
    qint64 record, const Thing &thing, const QDateTime &updated, const QByteArray &xml)
{
    ThingRow row;
    row.record = record;
    row.thingId = thing.id();
    row.versionStamp = thing.versionStamp();
    row.typeId = thing.typeId();
    row.state = thing.state() == ThingState::Deleted ? QStringLiteral("Deleted")
                                                     : QStringLiteral("Active");
    const auto audit = thing.updated();
    row.updatedDate = audit && audit->timestamp.isValid() ? audit->timestamp : updated;
    row.effectiveDate = thing.effectiveDate().isValid() ? thing.effectiveDate() : row.updatedDate;
    if (const XmlNode *root = thing.dataRoot()) {
        if (row.typeId == weightType) {
            row.value1 = siValue(*root, u"kg");
        } else if (row.typeId == heightType) {
            row.value1 = siValue(*root, u"m");
        } else if (row.typeId == bloodGlucoseType) {
            row.value1 = siValue(*root, u"mmolPerL");
        } else if (row.typeId == bloodPressureType) {
            row.value1 = number(root->childText(u"systolic"));
            row.value2 = number(root->childText(u"diastolic"));
        }
        collectText(*root, &row.searchText);
    }
    if (!thing.note().isEmpty())
        row.searchText.append(QLatin1Char(' ') + thing.note().left(500));
    if (!thing.typeName().isEmpty())
        row.searchText.prepend(thing.typeName() + QLatin1Char(' '));
    row.xml = xml;
    return row;
}

} // namespace hearth
