#include "catalogdescription.h"

#include "catalog/catalogtypes.h"
#include "catalog/schematreemodel.h"
#include "common/colours.h"
#include "connection/connectionprofile.h"
#include "connection/session.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1 style='padding:2px 12px 2px 0; text-align:left'>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

// Greys from the palette, not fixed ones: a dark theme's page is as readable as a light one's.
QString style(const QPalette &palette)
{
    return QStringLiteral("<style>body{font-family:sans-serif} h2{margin-bottom:2px} .muted{color:%1}"
                          "th{color:%1;border-bottom:1px solid %2} code{font-family:monospace}</style>")
        .arg(Colours::mutedText(palette).name(), Colours::rule(palette).name());
}

} // namespace

namespace CatalogDescription {

QString database(const CatalogSnapshot &snapshot, const ServerInfo &server, const ConnectionProfile &profile,
    const QPalette &palette)
{
    QString html = style(palette);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(server.database));
    html += QStringLiteral("<p class='muted'>%1</p>")
                .arg(esc(QCoreApplication::translate("CatalogDescription", "PostgreSQL %1 · connected as %2 · %3"))
                         .arg(esc(server.version), esc(server.user), esc(profile.displayTarget())));
    html += QStringLiteral("<table>")
        + row({QCoreApplication::translate("CatalogDescription", "Schema"),
                  QCoreApplication::translate("CatalogDescription", "Name"),
                  QCoreApplication::translate("CatalogDescription", "Kind"),
                  QCoreApplication::translate("CatalogDescription", "Rows (estimate)"),
                  QCoreApplication::translate("CatalogDescription", "Size")},
            true);
    for (const SchemaInfo &schema : snapshot.schemas) {
        for (const TableInfo &table : schema.tables) {
            html += row({esc(schema.name), QStringLiteral("<b>%1</b>").arg(esc(table.name)),
                table.isView() ? QCoreApplication::translate("CatalogDescription", "view")
                               : QCoreApplication::translate("CatalogDescription", "table"),
                table.isView() ? QString() : SchemaTreeModel::formatRowEstimate(table.estimatedRows),
                table.isView() ? QString() : SchemaTreeModel::formatBytes(table.totalBytes)});
        }
    }
    html += QStringLiteral("</table><p class='muted'>%1</p>")
                .arg(QCoreApplication::translate("CatalogDescription",
                    "Double-click a table in the schema tree to open it. Row counts are the planner's "
                    "estimates, shown instantly whatever the table's size."));
    return html;
}

QString table(const TableInfo &table, const CatalogSnapshot &snapshot, const QPalette &palette)
{
    QString html = style(palette);
    html += QStringLiteral("<h2>%1 \"%2\"</h2>")
                .arg(table.isView() ? QCoreApplication::translate("CatalogDescription", "View")
                                    : QCoreApplication::translate("CatalogDescription", "Table"),
                    esc(table.qualifiedName()));
    if (!table.comment.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(table.comment));
    if (!table.isView())
        html += QStringLiteral("<p class='muted'>%1 · %2</p>")
                    .arg(SchemaTreeModel::formatRowEstimate(table.estimatedRows),
                        SchemaTreeModel::formatBytes(table.totalBytes));
    html += QStringLiteral("<table>")
        + row({QCoreApplication::translate("CatalogDescription", "Column"),
                  QCoreApplication::translate("CatalogDescription", "Type"),
                  QCoreApplication::translate("CatalogDescription", "Nullable"),
                  QCoreApplication::translate("CatalogDescription", "Default")},
            true);
    for (const ColumnInfo &c : table.columns)
        html += row({(c.primaryKey ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1")).arg(esc(c.name)),
            QStringLiteral("<code>%1</code>").arg(esc(c.type)),
            c.notNull ? QCoreApplication::translate("CatalogDescription", "not null") : QString(),
            QStringLiteral("<code>%1</code>").arg(esc(c.defaultValue))});
    html += QStringLiteral("</table>");
    if (!table.indexes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("CatalogDescription", "Indexes"));
        for (const IndexInfo &index : table.indexes)
            html += QStringLiteral("<li><code>%1</code></li>").arg(esc(index.definition));
        html += QStringLiteral("</ul>");
    }
    if (!table.constraints.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("CatalogDescription", "Constraints"));
        for (const ConstraintInfo &c : table.constraints)
            html += QStringLiteral("<li><b>%1</b> <code>%2</code></li>").arg(esc(c.name), esc(c.definition));
        html += QStringLiteral("</ul>");
    }
    const QList<IncomingReference> references = snapshot.referencesTo(table.schema, table.name);
    if (!references.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(QCoreApplication::translate("CatalogDescription", "Referenced by"));
        for (const IncomingReference &ref : references)
            html += QStringLiteral("<li>%1 <code>%2</code></li>")
                        .arg(esc(ref.schema + QLatin1Char('.') + ref.table), esc(ref.constraint.definition));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace CatalogDescription
