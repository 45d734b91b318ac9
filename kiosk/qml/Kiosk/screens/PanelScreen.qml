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

    objectName: "screen." + panel.panelId

    Flickable {
        id: flick
        objectName: "panel.scroll"
        anchors.fill: parent
        contentHeight: content.implicitHeight + Theme.px(48) + Theme.px(40)
        interactive: screen.overflowing
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        clip: true

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.px(48)
            width: flick.width - 2 * Theme.margin
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.px(24)

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.px(4)
                    Text {
                        text: screen.panel.number > 0
                              ? qsTr("Objective %1").arg(screen.panel.number)
                              : qsTr("The outcome")
                        color: Theme.amber
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                    Text {
                        objectName: "panel.title"
                        Layout.fillWidth: true
                        text: screen.panel.title
                        color: Theme.paper
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                }
                KioskButton {
                    objectName: "panel.sources"
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("Sources")
                    onTapped: sheet.show(0)
                }
            }

            BodyText {
                objectName: "panel.shortAnswer"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readingWidth
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

            GridLayout {
                id: facts
                Layout.fillWidth: true
                columns: Theme.portrait ? 2 : (screen.panel.facts.count <= 4 ? screen.panel.facts.count : 3)
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

            GridLayout {
                Layout.fillWidth: true
                columns: Theme.portrait ? 1 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                QuoteBlock {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 7
                    Layout.alignment: Qt.AlignTop
                    text: screen.panel.quoteText
                    speaker: screen.panel.quoteSpeaker
                    date: screen.panel.quoteDate
                    document: screen.panel.quoteDocument
                    translated: screen.panel.quoteTranslated
                    markers: screen.panel.quoteMarkers
                    onMarkerTapped: number => sheet.show(number)
                }
                OutcomeBand {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 5
                    Layout.alignment: Qt.AlignTop
                    text: screen.panel.outcomeText
                    markers: screen.panel.outcomeMarkers
                    onMarkerTapped: number => sheet.show(number)
                }
            }
        }
    }

    // When the text is longer than the screen, say so and offer a button: never scroll-only.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.px(120)
        visible: screen.overflowing && !flick.atYEnd
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 1.0; color: Theme.night }
        }
        KioskButton {
            objectName: "panel.more"
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.px(12) }
            icon: "down"
            text: qsTr("More")
            onTapped: flick.contentY = Math.min(flick.contentHeight - flick.height,
                                                flick.contentY + flick.height * 0.8)
        }
    }

    DragHandler {
        id: swipe
        property real lastX: 0
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
