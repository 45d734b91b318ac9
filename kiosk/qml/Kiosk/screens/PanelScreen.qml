// SPDX-License-Identifier: MIT
// One objective (or how it ended): the short answer first, the fact cards, the quotation, the
// outcome, and the sources sheet. Swipe left or right for the next or previous panel.
//
// Everything is meant to be on the first view (docs/VISUAL.md). Landscape: the answer and the
// voice from the time on the left, the evidence and what came of it on the right. Portrait: one
// column in reading order. The panel's moment on the map joins where there is room for it.
// Longer text than the layout was made for still scrolls, behind a bottom-bar button named
// after what lies below.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: screen

    required property Exhibit exhibit
    required property PanelContent panel
    readonly property bool overflowing: flick.contentHeight > flick.height + 1
    readonly property bool atEnd: flick.atYEnd
    readonly property bool sheetOpen: sheet.opened
    readonly property bool isEnding: panel.kind === "ending"
    // What the bottom bar's scroll button reveals: the first part not wholly on screen.
    readonly property string belowLabel: {
        const bottom = flick.contentY + flick.height
        const parts = Theme.portrait ? [cards, quote, outcome] : [cards, outcome, quote]
        for (const part of parts) {
            const y = part.mapToItem(content, 0, 0).y + content.y
            if (y + part.height > bottom + 1)
                return part === cards ? qsTr("More facts")
                     : part === quote ? qsTr("In their words")
                     : outcome.heading
        }
        return ""
    }
    readonly property real topRoom: Theme.px(36)
    readonly property real bottomRoom: Theme.px(8)

    objectName: "screen." + panel.panelId

    function showSources(): void { sheet.show(0) }
    function closeSources(): void { sheet.opened = false }
    // From the bottom bar's scroll button: page down, and from the end back to the top.
    function scrollOn(): void {
        flick.contentY = flick.atYEnd
            ? 0 : Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.7)
    }

    Flickable {
        id: flick
        objectName: "panel.scroll"
        anchors.fill: parent
        contentHeight: content.implicitHeight + screen.topRoom + screen.bottomRoom
        interactive: screen.overflowing
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true
        Behavior on contentY { enabled: !flick.moving; NumberAnimation { duration: Theme.transitionMs; easing.type: Easing.OutCubic } }

        GridLayout {
            id: content
            x: Theme.margin
            y: screen.topRoom
            width: flick.width - 2 * Theme.margin
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.px(56)
            rowSpacing: Theme.gap

            ColumnLayout {
                id: left
                Layout.preferredWidth: Theme.portrait ? content.width : content.width * 0.33
                Layout.maximumWidth: Layout.preferredWidth
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(20)

                Text {
                    objectName: "panel.eyebrow"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: screen.isEnding ? qsTr("Epilogue") : qsTr("Objective %1").arg(screen.panel.number)
                    color: Theme.paper2
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                    Layout.bottomMargin: -Theme.px(16)
                }
                Text {
                    objectName: "panel.title"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: screen.panel.title
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.title
                    font.bold: true
                    lineHeightMode: Text.FixedHeight
                    lineHeight: Theme.titlePitch(font.pixelSize)
                    wrapMode: Text.WordWrap
                }
                TimelineStrip {
                    Layout.fillWidth: true
                    visible: screen.panel.dates.length > 0
                    dates: screen.panel.dates
                    ends: screen.panel.stripEnds
                }
                BodyText {
                    objectName: "panel.shortAnswer"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.px(4)
                    text: screen.panel.shortAnswer
                    font.pixelSize: Theme.lead
                    font.bold: true
                }
                BodyText {
                    objectName: "panel.fallbackNote"
                    visible: screen.panel.isFallback
                    Layout.fillWidth: true
                    text: qsTr("This panel is not yet translated; it is shown in English.")
                    color: Theme.paper2
                    font.pixelSize: Theme.caption
                }
                LayoutItemProxy {
                    visible: !Theme.portrait
                    target: quote
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.px(12)
                }
            }

            ColumnLayout {
                id: right
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.px(24)

                GridLayout {
                    id: cards
                    objectName: "panel.cards"
                    Layout.fillWidth: true
                    // Cards share their row's height; the grid itself takes no spare height.
                    Layout.fillHeight: false
                    columns: 2
                    columnSpacing: Theme.gutter
                    rowSpacing: Theme.gutter
                    uniformCellWidths: true

                    Repeater {
                        model: screen.panel.facts
                        delegate: FactCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            onSourcesTapped: number => sheet.show(number)
                        }
                    }
                }
                Flow {
                    objectName: "panel.images"
                    visible: screen.panel.images.count > 0
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Repeater {
                        model: screen.panel.images
                        delegate: ImageFigure {}
                    }
                }
                LayoutItemProxy { visible: Theme.portrait; target: quote; Layout.fillWidth: true }
                LayoutItemProxy { target: outcome; Layout.fillWidth: true }
            }
        }

        // Declared once and placed by the proxies above, so each exists a single time.
        QuoteBlock {
            id: quote
            text: screen.panel.quoteText
            speaker: screen.panel.quoteSpeaker
            date: screen.panel.quoteDate
            document: screen.panel.quoteDocument
            translated: screen.panel.quoteTranslated
            markers: screen.panel.quoteMarkers
            onSourcesTapped: number => sheet.show(number)
        }
        OutcomeBand {
            id: outcome
            heading: screen.isEnding ? qsTr("What the United States got") : qsTr("What happened")
            text: screen.panel.outcomeText
            markers: screen.panel.outcomeMarkers
            onSourcesTapped: number => sheet.show(number)
        }
        // The panel's moment on the map, below the text of its column where there is room for
        // it (built after the panel's first frame). Outside the layout, so that whether it fits
        // never changes what it is measured against.
        Loader {
            id: preview
            objectName: "panel.mapPreviewLoader"
            readonly property Item column: Theme.portrait ? content : left
            readonly property real columnBottom: Theme.portrait ? content.implicitHeight
                                                                : left.y + left.implicitHeight
            readonly property bool fits: active && implicitHeight > 0
                                         && y + implicitHeight <= flick.height - screen.bottomRoom
            x: content.x
            y: content.y + columnBottom + Theme.px(24)
            width: column.width
            active: screen.exhibit.map !== null && screen.panel.moment.momentId !== undefined
            visible: fits
            sourceComponent: MapPreview {
                map: screen.exhibit.map
                moment: screen.panel.moment
                onTapped: screen.exhibit.openMoment(screen.panel.moment.momentId)
            }
        }
    }

    DragHandler {
        id: swipe
        property real lastX: 0
        // While the sources sheet is up, gestures belong to it: a sloppy scroll on the sheet
        // must not change the panel behind it.
        enabled: !sheet.visible
        target: null
        yAxis.enabled: false
        onActiveTranslationChanged: if (active) lastX = activeTranslation.x
        onActiveChanged: {
            if (active)
                return
            if (lastX < -Theme.px(160))
                screen.exhibit.goNext()
            else if (lastX > Theme.px(160))
                screen.exhibit.goPrevious()
            lastX = 0
        }
    }

    SourcesSheet {
        id: sheet
        anchors.fill: parent
        sources: screen.panel.sources
    }
}
