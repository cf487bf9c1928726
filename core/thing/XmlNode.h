#pragma once

#include <QList>
#include <QString>

#include <vector>

class QXmlStreamWriter;

namespace hearth {

struct XmlAttribute
{
    QString name; // qualified name as written, e.g. "units" or "xmlns:voc"
    QString value;
};

// Element names in schema order, used to put a new child element where the
// schema expects it among the children that are already there.
using XmlOrder = QList<QLatin1String>;

// One node of preserved XML (an element, a text run or a comment), so that
// thing XML Hearth does not model survives a read and a write unchanged.
// Names are kept as written (prefix included) and namespace declarations are
// kept as plain attributes.
class XmlNode
{
public:
    enum class Kind : quint8 { Element, Text, Comment };

    XmlNode() = default;
    explicit XmlNode(QString elementName)
        : m_name(std::move(elementName))
    { }
    static XmlNode makeText(QString text);
    static XmlNode makeComment(QString text);

    Kind kind() const { return m_kind; }
    bool isElement() const { return m_kind == Kind::Element; }
    bool isText() const { return m_kind == Kind::Text; }
    // The element name, or the content of a text or comment node.
    const QString &name() const { return m_name; }
    const QString &value() const { return m_name; }
    void setName(QString name) { m_name = std::move(name); }

    const QList<XmlAttribute> &attributes() const { return m_attributes; }
    QList<XmlAttribute> &attributes() { return m_attributes; }
    bool hasAttribute(QStringView name) const;
    QString attribute(QStringView name) const;
    void setAttribute(const QString &name, const QString &value);
    void removeAttribute(QStringView name);

    const std::vector<XmlNode> &children() const { return m_children; }
    std::vector<XmlNode> &children() { return m_children; }

    // The first child element with this name, or null.
    const XmlNode *child(QStringView name) const;
    XmlNode *child(QStringView name);
    // All child elements with this name, in document order.
    QList<const XmlNode *> childElements(QStringView name) const;
    QList<XmlNode *> childElements(QStringView name);
    // The first child element of any name (the type root inside data-xml).
    const XmlNode *firstChildElement() const;
    XmlNode *firstChildElement();
    int childElementCount() const;

    // The text content of this node's direct text children.
    QString text() const;
    // Replaces all children by one text node (none when text is empty).
    void setText(const QString &text);
    // Text of the first child element with this name; empty when absent.
    QString childText(QStringView name) const;

    XmlNode &appendChild(XmlNode node);
    // Inserts before the first existing child element that comes later in
    // order; elements whose names are not in order are passed over.
    XmlNode &insertChild(XmlNode node, const XmlOrder &order);
    // The first child element with this name, created in schema order when
    // missing.
    XmlNode &ensureChild(const QString &name, const XmlOrder &order);
    // Sets the text of child name (created in order when missing).
    void setChildText(const QString &name, const QString &text, const XmlOrder &order);
    // Removes every child element with this name; returns how many.
    int removeChildren(QStringView name);

    // Writes this node and its subtree.
    void write(QXmlStreamWriter &writer) const;
    // Call after the last write: ends an empty element left open.
    static void closePendingElement(QXmlStreamWriter &writer);
    // This element serialised as UTF-8 without an XML declaration.
    QByteArray toXml() const;

    // Same elements, attributes (in any order), text and order; comments
    // are ignored. Whitespace is significant.
    bool canonicallyEquals(const XmlNode &other) const;

private:
    QString m_name;
    QList<XmlAttribute> m_attributes;
    std::vector<XmlNode> m_children;
    Kind m_kind = Kind::Element;
};

} // namespace hearth
