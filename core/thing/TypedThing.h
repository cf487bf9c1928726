#pragma once

#include "core/thing/Thing.h"
#include "core/thing/XmlNode.h"

#include <QUuid>

#include <optional>

namespace hearth {

// Base of the typed classes (Weight, Medication, ...): a Thing whose
// data-xml root is read and written in place, so elements a class does not
// model stay where they are. Setters insert elements in schema order.
class TypedThing
{
public:
    virtual ~TypedThing() = default;

    const Thing &thing() const { return m_thing; }
    Thing &thing() { return m_thing; }

protected:
    // A new thing of this type with an empty root element.
    TypedThing(const QUuid &typeId, const QString &rootName);
    explicit TypedThing(Thing thing)
        : m_thing(std::move(thing))
    { }
    TypedThing(const TypedThing &) = default;
    TypedThing(TypedThing &&) = default;
    TypedThing &operator=(const TypedThing &) = default;
    TypedThing &operator=(TypedThing &&) = default;

    // True when thing has one of ids as type and rootName as data root.
    static bool accepts(const Thing &thing, const QList<QUuid> &ids, QStringView rootName);

    // Turns thing, of an older version of a type, into newType with newRoot
    // as its data root. The old root is kept whole in a common <extension
    // source="hearth.original-version">, so nothing the old version held is
    // lost.
    static void upversion(Thing &thing, XmlNode newRoot, const QUuid &newType);

    // Child elements of the root in schema order.
    virtual const XmlOrder &order() const = 0;

    const XmlNode &root() const { return *m_thing.dataRoot(); }
    XmlNode &root() { return *m_thing.dataRoot(); }

    QString text(QStringView name) const { return root().childText(name); }
    // Sets a text child; an empty text removes an optional element.
    void setText(const QString &name, const QString &value);
    std::optional<int> integer(QStringView name) const;
    void setInteger(const QString &name, std::optional<int> value);
    std::optional<double> number(QStringView name) const;
    void setNumber(const QString &name, std::optional<double> value);
    std::optional<bool> boolean(QStringView name) const;
    void setBoolean(const QString &name, std::optional<bool> value);

    template<class T> std::optional<T> readValue(QStringView name) const
    {
        const XmlNode *node = root().child(name);
        return node ? std::optional<T>(T::read(*node)) : std::nullopt;
    }
    template<class T> void writeValue(const QString &name, const std::optional<T> &value)
    {
        if (!value) {
            root().removeChildren(name);
            return;
        }
        value->writeTo(root().ensureChild(name, order()));
    }
    template<class T> void writeValue(const QString &name, const T &value)
    {
        value.writeTo(root().ensureChild(name, order()));
    }

private:
    Thing m_thing;
};

} // namespace hearth
