#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

class QXmlStreamReader;

namespace hearth {

// A compact, read-only element tree built in one pass of QXmlStreamReader,
// for extractors that must look around (CDA entries refer back to narrative
// by ID). Nodes live in one vector and refer to each other by index; names
// are local names. No DTD, no entities: the builder refuses both.
class XmlTree
{
public:
    static constexpr int None = -1;

    struct Node
    {
        QString name; // local name; empty for a text node
        QString text; // character data of a text node
        int parent = None;
        int firstChild = None;
        int lastChild = None;
        int next = None;
        int firstAttribute = 0;
        int attributeCount = 0;
        int ns = 0; // index of the element's namespace URI in this tree
    };
    struct Attribute
    {
        QString name; // local name
        QString value;
    };

    // Why building failed; message() says it in words.
    enum class Error { None, NotWellFormed, Doctype, TooDeep, Empty };

    struct Limits
    {
        int maxDepth = 256;
    };

    // Reads everything the reader gives. Whitespace-only text is kept only
    // inside elements named "text" (CDA narrative), where it separates words.
    bool build(QXmlStreamReader &reader, const Limits &limits);
    Error error() const { return m_error; }
    // The reader's error text and position when not well-formed.
    QString errorDetail() const { return m_errorDetail; }

    int root() const { return m_root; }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    int size() const { return int(m_nodes.size()); }
    bool isElement(int index) const { return !m_nodes[size_t(index)].name.isEmpty(); }
    QString namespaceUri(int element) const { return m_namespaces[size_t(node(element).ns)]; }

    // Attribute value by local name, empty when absent.
    QString attribute(int element, QLatin1String name) const;
    bool hasAttribute(int element, QLatin1String name) const;
    // First child element with that local name, in the parent's namespace
    // (so sdtc: extensions and other vocabularies never match by accident).
    int child(int element, QLatin1String name) const;
    // Follows a path of child names: child(child(e, a), b)...
    int path(int element, std::initializer_list<QLatin1String> names) const;
    int firstChildElement(int element) const;
    int nextSiblingElement(int element) const;
    // All descendant character data, whitespace simplified.
    QString text(int element) const;
    // The element whose ID attribute is `id` (without '#'), None if none.
    int elementById(const QString &id) const;
    // The first element (depth first) with this local name, from `from`.
    int findFirst(int from, QLatin1String name) const;
    // Serialises an element's content (children, not itself) as XML text,
    // with local names, for the narrative renderer.
    QString innerXml(int element) const;

    const std::vector<Attribute> &attributes() const { return m_attributes; }

private:
    int append(Node node, int parent);
    void collectText(int element, QString &out) const;
    void writeInner(int element, QString &out) const;

    std::vector<Node> m_nodes;
    std::vector<Attribute> m_attributes;
    QString intern(QStringView text);

    QHash<QString, int> m_ids;
    std::vector<QString> m_namespaces;
    // Element names, attribute names and short values repeat thousands of
    // times; sharing one QString per distinct text saves most allocations.
    QHash<size_t, QString> m_strings;
    int m_root = None;
    Error m_error = Error::None;
    QString m_errorDetail;
};

} // namespace hearth
