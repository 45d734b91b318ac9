// SPDX-License-Identifier: MIT
// The card of a ship, site, ring, the arc or an event: what it is, what happened and when, its
// sources and the panels it belongs to. The map dims behind it; a tap outside closes it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Item {
    id: cardView

    property var card: ({})
    property string date: ""
    readonly property bool opened: card.itemId !== undefined
    signal closed()
    signal sourcesRequested(int number)
    signal panelRequested(string panelId)

    objectName: "map.card"
    visible: opened

    Rectangle {
        anchors.fill: parent
        color: Theme.mapDim
        TapHandler { onTapped: cardView.closed() }
    }

    Rectangle {
        id: panel
        objectName: "map.card.panel"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(900))
        height: body.implicitHeight + Theme.px(64)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.raised
        border.width: Theme.border
        TapHandler {}  // taps on the card stay on the card

        Column {
            id: body
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(40) }
            spacing: Theme.px(16)

            Item {
                width: parent.width
                height: Math.max(close.height, heading.implicitHeight)
                Text {
                    id: heading
                    objectName: "map.card.name"
                    width: parent.width - close.width - Theme.px(24)
                    textFormat: Text.PlainText
                    text: cardView.card.name ?? ""
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    id: close
                    objectName: "map.card.close"
                    anchors.right: parent.right
                    icon: "close"
                    accessibleName: qsTr("Close")
                    onTapped: cardView.closed()
                }
            }
            Text {
                objectName: "map.card.label"
                // The day the map shows, unless the label already names it (no date said twice).
                readonly property string label: cardView.card.label ?? ""
                readonly property string day: cardView.date.replace(/^\S+,?\s+/, "")  // no weekday
                width: parent.width
                textFormat: Text.PlainText
                text: label + (cardView.date !== "" && !label.includes(day) ? " · " + cardView.date : "")
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            BodyText {
                objectName: "map.card.text"
                width: parent.width
                text: cardView.card.text ?? ""
            }
            Text {
                objectName: "map.card.illustrative"
                visible: cardView.card.illustrative === true
                width: parent.width
                textFormat: Text.PlainText
                text: qsTr("Position illustrative: the sources do not say exactly where it was.")
                color: Theme.paper2
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                font.italic: true
                wrapMode: Text.Wrap
            }
            SourceChip {
                id: cardSources
                owner: "card"
                markers: cardView.card.markers ?? []
                onTapped: cardView.sourcesRequested(cardSources.markers[0])
            }
            Flow {
                width: parent.width
                spacing: Theme.px(16)
                visible: (cardView.card.panels ?? []).length > 0
                Repeater {
                    model: cardView.card.panels ?? []
                    delegate: KioskButton {
                        required property var modelData
                        objectName: "map.card.panel." + modelData.panelId
                        icon: "next"
                        iconAfter: true
                        text: modelData.title
                        onTapped: cardView.panelRequested(modelData.panelId)
                    }
                }
            }
        }
    }
}
