#include "core/thing/XmlNode.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace hearth {

XmlNode XmlNode::makeText(QString text)
{
    XmlNode node(std::move(text));
    node.m_kind = Kind::Text;
    return node;
}

XmlNode XmlNode::makeComment(QString text)
{
    XmlNode node(std::move(text));
    node.m_kind = Kind::Comment;
    return node;
}

bool XmlNode::hasAttribute(QStringView name) const
{
    return std::any_of(m_attributes.cbegin(), m_attributes.cend(),
        [name](const XmlAttribute &a) { return a.name == name; });
}

QString XmlNode::attribute(QStringView name) const
{
    for (const XmlAttribute &a : m_attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

void XmlNode::setAttribute(const QString &name, const QString &value)
{
    for (XmlAttribute &a : m_attributes) {
        if (a.name == name) {
            a.value = value;
            return;
        }
    }
    m_attributes.append({ name, value });
}

void XmlNode::removeAttribute(QStringView name)
{
    m_attributes.removeIf([name](const XmlAttribute &a) { return a.name == name; });
}

const XmlNode *XmlNode::child(QStringView name) const
{
    for (const XmlNode &c : m_children) {
        if (c.isElement() && c.m_name == name)
            return &c;
    }
    return nullptr;
}

XmlNode *XmlNode::child(QStringView name)
{
    return const_cast<XmlNode *>(std::as_const(*this).child(name));
}

QList<const XmlNode *> XmlNode::childElements(QStringView name) const
{
    QList<const XmlNode *> found;
    for (const XmlNode &c : m_children) {
        if (c.isElement() && c.m_name == name)
            found.append(&c);
    }
    return found;
}

QList<XmlNode *> XmlNode::childElements(QStringView name)
{
    QList<XmlNode *> found;
    for (XmlNode &c : m_children) {
        if (c.isElement() && c.m_name == name)
            found.append(&c);
    }
    return found;
}

const XmlNode *XmlNode::firstChildElement() const
{
    for (const XmlNode &c : m_children) {
        if (c.isElement())
            return &c;
    }
    return nullptr;
}

XmlNode *XmlNode::firstChildElement()
{
    return const_cast<XmlNode *>(std::as_const(*this).firstChildElement());
}

int XmlNode::childElementCount() const
{
    return int(std::count_if(
        m_children.cbegin(), m_children.cend(), [](const XmlNode &c) { return c.isElement(); }));
}

QString XmlNode::text() const
{
    // The common case, one text child, shares the string without copying.
    if (m_children.size() == 1 && m_children.front().isText())
        return m_children.front().m_name;
    QString result;
    for (const XmlNode &c : m_children) {
        if (c.isText())
            result += c.m_name;
    }
    return result;
}

void XmlNode::setText(const QString &text)
{
    m_children.clear();
    if (!text.isEmpty())
        m_children.push_back(makeText(text));
}

QString XmlNode::childText(QStringView name) const
{
    const XmlNode *c = child(name);
    return c ? c->text() : QString();
}

XmlNode &XmlNode::appendChild(XmlNode node)
{
    m_children.push_back(std::move(node));
    return m_children.back();
}

XmlNode &XmlNode::insertChild(XmlNode node, const XmlOrder &order)
{
    qsizetype rank = -1;
    for (qsizetype i = 0; i < order.size() && rank < 0; ++i) {
        if (node.m_name == order.at(i))
            rank = i;
    }
    auto position = m_children.end();
    if (rank >= 0) {
        position = std::find_if(m_children.begin(), m_children.end(), [&](const XmlNode &c) {
            if (!c.isElement())
                return false;
            for (qsizetype i = rank + 1; i < order.size(); ++i) {
                if (c.m_name == order.at(i))
                    return true;
            }
            return false;
        });
    }
    return *m_children.insert(position, std::move(node));
}

XmlNode &XmlNode::ensureChild(const QString &name, const XmlOrder &order)
{
    if (XmlNode *existing = child(name))
        return *existing;
    return insertChild(XmlNode(name), order);
}

void XmlNode::setChildText(const QString &name, const QString &text, const XmlOrder &order)
{
    ensureChild(name, order).setText(text);
}

int XmlNode::removeChildren(QStringView name)
{
    const auto before = m_children.size();
    m_children.erase(std::remove_if(m_children.begin(), m_children.end(),
                         [name](const XmlNode &c) { return c.isElement() && c.m_name == name; }),
        m_children.end());
    return int(before - m_children.size());
}

void XmlNode::closePendingElement(QXmlStreamWriter &writer)
{
    // QXmlStreamWriter writes the "/>" of an empty element only when the
    // next token comes; empty text is such a token and adds nothing.
    writer.writeCharacters(QString());
}

void XmlNode::write(QXmlStreamWriter &writer) const
{
    switch (m_kind) {
    case Kind::Text:
        writer.writeCharacters(m_name);
        return;
    case Kind::Comment:
        writer.writeComment(m_name);
        return;
    case Kind::Element:
        break;
    }
    if (m_children.empty()) {
        writer.writeEmptyElement(m_name);
    } else {
        writer.writeStartElement(m_name);
    }
    for (const XmlAttribute &a : m_attributes)
        writer.writeAttribute(a.name, a.value);
    if (m_children.empty())
        return;
    for (const XmlNode &c : m_children)
        c.write(writer);
    writer.writeEndElement();
}

QByteArray XmlNode::toXml() const
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    write(writer);
    closePendingElement(writer);
    return out;
}

namespace {

// Children that count for canonical comparison: comments dropped and
// adjacent text runs merged (a CDATA section next to text is one run).
std::vector<XmlNode> canonicalChildren(const std::vector<XmlNode> &children)
{
    std::vector<XmlNode> result;
    for (const XmlNode &c : children) {
        if (c.kind() == XmlNode::Kind::Comment)
            continue;
        if (c.isText() && !result.empty() && result.back().isText()) {
            result.back() = XmlNode::makeText(result.back().value() + c.value());
            continue;
        }
        result.push_back(c);
    }
    return result;
}

} // namespace

bool XmlNode::canonicallyEquals(const XmlNode &other) const
{
    if (m_kind != other.m_kind || m_name != other.m_name)
        return false;
    if (m_attributes.size() != other.m_attributes.size())
        return false;
    for (const XmlAttribute &a : m_attributes) {
        const auto match = std::find_if(other.m_attributes.cbegin(), other.m_attributes.cend(),
            [&a](const XmlAttribute &b) { return a.name == b.name && a.value == b.value; });
        if (match == other.m_attributes.cend())
            return false;
    }
    const std::vector<XmlNode> mine = canonicalChildren(m_children);
    const std::vector<XmlNode> theirs = canonicalChildren(other.m_children);
    if (mine.size() != theirs.size())
        return false;
    for (size_t i = 0; i < mine.size(); ++i) {
        if (!mine[i].canonicallyEquals(theirs[i]))
            return false;
    }
    return true;
}

} // namespace hearth
