#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// File (bd0403c5-...): a document whose bytes are the default (unnamed) blob.
class File : public TypedThing
{
public:
    static QUuid typeId();
    File();
    static std::optional<File> fromThing(Thing thing);

    QString name() const;
    void setName(const QString &value);
    std::optional<CodableValue> contentType() const;
    void setContentType(const std::optional<CodableValue> &value);

    qint64 size() const;
    void setSize(qint64 bytes);
    // The default blob inline, empty when streamed or absent.
    QByteArray content() const;
    // Sets name, size, content type and the default blob.
    void setContent(const QString &fileName, const QByteArray &data, const QString &mimeType);

    // "report.pdf (20 KB)"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit File(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
