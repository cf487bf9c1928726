#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// App-specific information (a5033c9d-...): an application's own data, named by
// format app id and tag, with a summary and any XML after it.
class AppSpecific : public TypedThing
{
public:
    static QUuid typeId();
    AppSpecific();
    static std::optional<AppSpecific> fromThing(Thing thing);

    QString formatAppId() const;
    void setFormatAppId(const QString &value);
    QString formatTag() const;
    void setFormatTag(const QString &value);
    std::optional<HealthDateTime> when() const;
    void setWhen(const std::optional<HealthDateTime> &value);
    QString summaryText() const;
    void setSummaryText(const QString &value);

    // The application's own elements after <summary>.
    QList<const XmlNode *> customElements() const;
    void appendCustomElement(XmlNode element);

    // the summary the application wrote
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit AppSpecific(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
