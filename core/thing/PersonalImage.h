#pragma once

#include "core/thing/TypedThing.h"

namespace hearth {

// Personal picture (a5294488-...): an empty root; the picture is the default
// blob. A record has at most one.
class PersonalImage : public TypedThing
{
public:
    static QUuid typeId();
    PersonalImage();
    static std::optional<PersonalImage> fromThing(Thing thing);

    // The default blob (content type and inline bytes).
    ThingBlob image() const;
    void setImage(const QByteArray &data, const QString &mimeType);

    // "Personal picture"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit PersonalImage(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
