// SPDX-License-Identifier: MIT
// The persistent bar: Home, Sources, Previous / Next and the language switch, always in the same
// place, where a hand (a child's, a seated visitor's) reaches them. One control is amber, the
// next step: Next; on the last panel the way back to the question; while text lies below, the
// button that shows it; while the sources sheet is up, Close.
//
// Landscape: one row. Portrait: two, Home / Previous / Next nearest the hand, Sources and the
// languages above them; every button keeps its label.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: bar

    required property Exhibit exhibit
    // The current screen's text runs below the fold: offer to show what is there (named by
    // `belowLabel`), or to go back up once at the end.
    property bool canScroll: false
    property bool atEnd: false
    property string belowLabel: ""
    // The current screen has a sources sheet (a panel), and whether something is open over it
    // (a panel's or the map's sources sheet, or a card on the map) that the bar's Close closes.
    property bool hasSources: false
    property bool sheetOpen: false
    signal scrollRequested()
    signal sourcesRequested()
    signal closeRequested()
    // The current panel's moment on the map (the panel may also show it as a picture).
    property bool hasMoment: false
    signal mapRequested()
    readonly property bool onPanel: exhibit.currentPanel !== null
    readonly property bool onHome: exhibit.currentKind === "home"
    readonly property bool moreFirst: canScroll && !atEnd
    readonly property bool twoRows: Theme.portrait && onPanel

    objectName: "bottomBar"
    color: Theme.night
    implicitHeight: twoRows ? Theme.bottomBar : Theme.barRow

    Rectangle { width: parent.width; height: Theme.border; color: Theme.raised }

    // The row nearest the hand: Home on the left, Previous / Next (centred in landscape).
    Item {
        id: lower
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.barRow

        KioskButton {
            id: homeButton
            objectName: "nav.home"
            anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
            visible: !bar.onHome
            icon: "home"
            text: qsTr("Home")
            onTapped: bar.exhibit.goHome()
        }
        // Sources (or the sheet's Close), and the way to the panel's moment on the map.
        Row {
            id: tools
            parent: bar.twoRows ? upper : lower
            anchors { left: parent.left; verticalCenter: parent.verticalCenter
                      leftMargin: bar.twoRows ? Theme.margin : homeButton.x + homeButton.width + Theme.px(24) }
            spacing: Theme.px(24)
            KioskButton {
                id: sourcesButton
                objectName: bar.sheetOpen ? "nav.close" : "panel.sources"
                visible: bar.sheetOpen || (bar.hasSources && bar.onPanel)
                icon: bar.sheetOpen ? "close" : "document"
                text: bar.sheetOpen ? qsTr("Close") : qsTr("Sources")
                accessibleName: bar.sheetOpen ? qsTr("Close") : qsTr("Sources")
                accent: bar.sheetOpen
                onTapped: bar.sheetOpen ? bar.closeRequested() : bar.sourcesRequested()
            }
            KioskButton {
                objectName: "panel.map"
                visible: bar.onPanel && bar.hasMoment && !bar.sheetOpen
                icon: "map"
                text: qsTr("On the map")
                onTapped: bar.mapRequested()
            }
        }
        Row {
            id: steps
            // Centred in landscape unless the tools beside Home need the room.
            x: Theme.portrait ? parent.width - Theme.margin - width
             : Math.max((parent.width - width) / 2, tools.x + tools.width + Theme.px(48))
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(24)
            // While the sheet is up, its Close is the one way on.
            visible: bar.onPanel && !bar.sheetOpen
            KioskButton {
                objectName: "nav.previous"
                icon: "previous"
                text: qsTr("Previous")
                enabled: bar.exhibit.hasPrevious
                onTapped: bar.exhibit.goPrevious()
            }
            KioskButton {
                // On the last panel, no dead end: the way back to the question.
                objectName: bar.exhibit.hasNext ? "nav.next" : "nav.backToQuestion"
                icon: bar.exhibit.hasNext ? "next" : "home"
                iconAfter: bar.exhibit.hasNext
                text: bar.exhibit.hasNext ? qsTr("Next") : qsTr("Back to the question")
                accent: !bar.moreFirst
                onTapped: bar.exhibit.hasNext ? bar.exhibit.goNext() : bar.exhibit.goHome()
            }
        }
    }

    // Portrait only: the row above, for Sources and the languages.
    Item {
        id: upper
        visible: bar.twoRows
        anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: Theme.px(12) }
        height: Theme.bottomBar - Theme.barRow
    }

    Row {
        parent: bar.twoRows ? upper : lower
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: Theme.px(bar.twoRows ? 24 : 48)

        KioskButton {
            objectName: "panel.more"
            visible: bar.canScroll && !bar.sheetOpen
            accent: bar.moreFirst
            icon: bar.atEnd ? "up" : "down"
            text: bar.atEnd ? qsTr("Top") : bar.belowLabel !== "" ? bar.belowLabel : qsTr("More")
            accessibleName: bar.atEnd ? qsTr("Back to the top") : text
            onTapped: bar.scrollRequested()
        }
        LanguageSwitch {
            id: languages
            // With no panel, home shows both languages at once: nothing to switch.
            visible: bar.exhibit.hasPanels && bar.exhibit.languages.length > 1
            languages: bar.exhibit.languages
            current: bar.exhibit.language
            onChosen: language => bar.exhibit.setLanguage(language)
        }
    }
}
