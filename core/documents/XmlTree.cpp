#include "core/documents/XmlTree.h"

#include <QXmlStreamReader>

namespace hearth {

QString XmlTree::intern(QStringView text)
{
    const size_t key = qHash(text);
    auto it = m_strings.find(key);
    if (it != m_strings.end() && QStringView(*it) == text)
        return *it;
    QString s = text.toString();
    if (it == m_strings.end())
        m_strings.insert(key, s);
    return s;
}

int XmlTree::append(Node node, int parent)
{
    const int index = int(m_nodes.size());
    node.parent = parent;
    if (parent != None) {
        Node &p = m_nodes[size_t(parent)];
        if (p.lastChild == None)
            p.firstChild = index;
        else
            m_nodes[size_t(p.lastChild)].next = index;
        p.lastChild = index;
    }
    m_nodes.push_back(std::move(node));
    return index;
}

bool XmlTree::build(QXmlStreamReader &reader, const Limits &limits)
{
    m_nodes.clear();
    m_attributes.clear();
    m_ids.clear();
    m_namespaces.clear();
    m_root = None;
    m_error = Error::None;
    m_errorDetail.clear();

    int current = None;
    int depth = 0;
    int narrativeDepth = 0; // open elements named "text"
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // Never process a DTD: it is where entity bombs and external
            // entities live, and clinical documents have no use for one.
            m_error = Error::Doctype;
            return false;
        case QXmlStreamReader::EntityReference:
            m_error = Error::Doctype;
            return false;
        case QXmlStreamReader::StartElement: {
            if (++depth > limits.maxDepth) {
                m_error = Error::TooDeep;
                return false;
            }
            Node n;
            n.name = intern(reader.name());
            const QStringView uri = reader.namespaceUri();
            int ns = 0;
            for (; ns < int(m_namespaces.size()); ++ns) {
                if (QStringView(m_namespaces[size_t(ns)]) == uri)
                    break;
            }
            if (ns == int(m_namespaces.size()))
                m_namespaces.push_back(uri.toString());
            n.ns = ns;
            const QXmlStreamAttributes attrs = reader.attributes();
            n.firstAttribute = int(m_attributes.size());
            n.attributeCount = int(attrs.size());
            for (const QXmlStreamAttribute &a : attrs) {
                const QStringView value = a.value();
                m_attributes.push_back(
                    { intern(a.name()), value.size() <= 64 ? intern(value) : value.toString() });
            }
            const int index = append(std::move(n), current);
            if (current == None)
                m_root = index;
            for (const QXmlStreamAttribute &a : attrs) {
                if (a.name() == QLatin1String("ID"))
                    m_ids.insert(a.value().toString(), index);
            }
            if (m_nodes[size_t(index)].name == QLatin1String("text"))
                ++narrativeDepth;
            current = index;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (m_nodes[size_t(current)].name == QLatin1String("text"))
                --narrativeDepth;
            current = m_nodes[size_t(current)].parent;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (current != None && (narrativeDepth > 0 || !reader.isWhitespace())) {
                Node n;
                n.text = reader.text().toString();
                append(std::move(n), current);
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_root == None)
            m_error = Error::Empty;
        else
            m_error = Error::NotWellFormed;
        m_errorDetail = QStringLiteral("%1 (line %2, column %3)")
                            .arg(reader.errorString())
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber());
        return false;
    }
    if (m_root == None) {
        m_error = Error::Empty;
        return false;
    }
    return true;
}

QString XmlTree::attribute(int element, QLatin1String name) const
{
    if (element == None)
        return QString();
    const Node &n = node(element);
    for (int i = n.firstAttribute; i < n.firstAttribute + n.attributeCount; ++i) {
        if (m_attributes[size_t(i)].name == name)
            return m_attributes[size_t(i)].value;
    }
    return QString();
}

bool XmlTree::hasAttribute(int element, QLatin1String name) const
{
    if (element == None)
        return false;
    const Node &n = node(element);
    for (int i = n.firstAttribute; i < n.firstAttribute + n.attributeCount; ++i) {
        if (m_attributes[size_t(i)].name == name)
            return true;
    }
    return false;
}

int XmlTree::child(int element, QLatin1String name) const
{
    if (element == None)
        return None;
    const int ns = node(element).ns;
    for (int c = node(element).firstChild; c != None; c = node(c).next) {
        const Node &n = node(c);
        if (n.ns == ns && n.name == name)
            return c;
    }
    return None;
}

int XmlTree::path(int element, std::initializer_list<QLatin1String> names) const
{
    for (const QLatin1String &name : names) {
        element = child(element, name);
        if (element == None)
            return None;
    }
    return element;
}

int XmlTree::firstChildElement(int element) const
{
    if (element == None)
        return None;
    for (int c = node(element).firstChild; c != None; c = node(c).next) {
        if (isElement(c))
            return c;
    }
    return None;
}

int XmlTree::nextSiblingElement(int element) const
{
    for (int c = node(element).next; c != None; c = node(c).next) {
        if (isElement(c))
            return c;
    }
    return None;
}

void XmlTree::collectText(int element, QString &out) const
{
    for (int c = node(element).firstChild; c != None; c = node(c).next) {
        const Node &n = node(c);
        if (n.name.isEmpty())
            out += n.text;
        else {
            // Line breaks and block ends separate words in narrative.
            if (n.name == QLatin1String("br"))
                out += QLatin1Char(' ');
            collectText(c, out);
            out += QLatin1Char(' ');
        }
    }
}

QString XmlTree::text(int element) const
{
    if (element == None)
        return QString();
    const Node &n = node(element);
    // The common case, one text child, needs no concatenation.
    if (n.firstChild != None && n.firstChild == n.lastChild && !isElement(n.firstChild))
        return node(n.firstChild).text.simplified();
    QString out;
    collectText(element, out);
    return out.simplified();
}

int XmlTree::elementById(const QString &id) const
{
    return m_ids.value(id, None);
}

int XmlTree::findFirst(int from, QLatin1String name) const
{
    if (from == None)
        return None;
    // Iterative depth-first walk bounded by the subtree of `from`.
    int c = from;
    while (c != None) {
        if (node(c).name == name)
            return c;
        if (node(c).firstChild != None) {
            c = node(c).firstChild;
            continue;
        }
        while (c != None && c != from && node(c).next == None)
            c = node(c).parent;
        if (c == None || c == from)
            return None;
        c = node(c).next;
    }
    return None;
}

namespace {

void escapeInto(const QString &text, QString &out, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            if (attribute)
                out += QLatin1String("&quot;");
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

} // namespace

void XmlTree::writeInner(int element, QString &out) const
{
    for (int c = node(element).firstChild; c != None; c = node(c).next) {
        const Node &n = node(c);
        if (n.name.isEmpty()) {
            escapeInto(n.text, out, false);
            continue;
        }
        out += QLatin1Char('<') + n.name;
        for (int i = n.firstAttribute; i < n.firstAttribute + n.attributeCount; ++i) {
            const Attribute &a = m_attributes[size_t(i)];
            out += QLatin1Char(' ') + a.name + QLatin1String("=\"");
            escapeInto(a.value, out, true);
            out += QLatin1Char('"');
        }
        if (n.firstChild == None) {
            out += QLatin1String("/>");
            continue;
        }
        out += QLatin1Char('>');
        writeInner(c, out);
        out += QLatin1String("</") + n.name + QLatin1Char('>');
    }
}

QString XmlTree::innerXml(int element) const
{
    QString out;
    if (element != None)
        writeInner(element, out);
    return out;
}

} // namespace hearth
