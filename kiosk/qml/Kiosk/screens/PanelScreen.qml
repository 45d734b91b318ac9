// SPDX-License-Identifier: MIT
// One objective (or how it ended): short answer first, fact cards, the quotation, the outcome,
// and the sources sheet. Swipe left or right for the next or previous panel.
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

    objectName: "screen." + panel.panelId

    Flickable {
        id: flick
        objectName: "panel.scroll"
        anchors.fill: parent
        contentHeight: content.implicitHeight + Theme.px(40) + Theme.px(40)
        interactive: screen.overflowing
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true
        Behavior on contentY { enabled: !flick.moving; NumberAnimation { duration: Theme.transitionMs; easing.type: Easing.OutCubic } }

        GridLayout {
            id: content
            // Landscape: the answer and what happened on the left, the evidence on the right.
            // Portrait: one column in reading order.
            x: Theme.margin
            y: Theme.px(40)
            width: flick.width - 2 * Theme.margin
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.px(56)
            rowSpacing: Theme.gap

            ColumnLayout {
                Layout.preferredWidth: Theme.portrait ? content.width : content.width * 0.36
                Layout.maximumWidth: Theme.portrait ? content.width : content.width * 0.36
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(24)
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.px(4)
                        Text {
                            textFormat: Text.PlainText
                            text: screen.panel.number > 0
                                  ? qsTr("Objective %1").arg(screen.panel.number)
                                  : qsTr("The outcome")
                            color: Theme.amber
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.bold: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "panel.title"
                            Layout.fillWidth: true
                            text: screen.panel.title
                            color: Theme.paper
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.title
                            font.bold: true
                            lineHeightMode: Text.FixedHeight
                            lineHeight: Theme.titlePitch(font.pixelSize)
                            wrapMode: Text.WordWrap
                        }
                    }
                    KioskButton {
                        objectName: "panel.sources"
                        visible: Theme.portrait
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("Sources")
                        onTapped: sheet.show(0)
                    }
                }
                BodyText {
                    objectName: "panel.shortAnswer"
                    Layout.fillWidth: true
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
                // Landscape: what happened, then the voice from the time, beside the evidence.
                LayoutItemProxy { visible: !Theme.portrait; target: outcome; Layout.fillWidth: true }
                LayoutItemProxy { visible: !Theme.portrait; target: quote; Layout.fillWidth: true }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap

                KioskButton {
                    objectName: "panel.sources"
                    visible: !Theme.portrait
                    Layout.alignment: Qt.AlignRight
                    Layout.topMargin: -Theme.px(8)
                    Layout.bottomMargin: -Theme.px(16)
                    text: qsTr("Sources")
                    onTapped: sheet.show(0)
                }
                GridLayout {
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
                            onMarkerTapped: number => sheet.show(number)
                        }
                    }
                }
                // The panel's picture: its moment on the map (built after the panel's first frame).
                Loader {
                    objectName: "panel.mapPreviewLoader"
                    active: screen.exhibit.map !== null && screen.panel.moment.momentId !== undefined
                    visible: active
                    Layout.fillWidth: true
                    sourceComponent: MapPreview {
                        map: screen.exhibit.map
                        moment: screen.panel.moment
                        onTapped: screen.exhibit.openMoment(screen.panel.moment.momentId)
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
                // Portrait: one column in reading order.
                LayoutItemProxy { visible: Theme.portrait; target: quote; Layout.fillWidth: true }
                LayoutItemProxy { visible: Theme.portrait; target: outcome; Layout.fillWidth: true }
            }
        }

        // Declared once and placed by the proxies above, so each exists a single time.
        QuoteBlock {
            id: quote
            compact: !Theme.portrait
            text: screen.panel.quoteText
            speaker: screen.panel.quoteSpeaker
            date: screen.panel.quoteDate
            document: screen.panel.quoteDocument
            translated: screen.panel.quoteTranslated
            markers: screen.panel.quoteMarkers
            onMarkerTapped: number => sheet.show(number)
        }
        OutcomeBand {
            id: outcome
            text: screen.panel.outcomeText
            markers: screen.panel.outcomeMarkers
            onMarkerTapped: number => sheet.show(number)
        }
    }

    // When the text is longer than the screen, say so and offer a button: never scroll-only.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.px(96)
        visible: screen.overflowing && !flick.atYEnd
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.night }
        }
    }
    // Called from the bottom bar's More button: page down, and from the end back to the top.
    function scrollOn(): void {
        flick.contentY = flick.atYEnd
            ? 0 : Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.7)
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
