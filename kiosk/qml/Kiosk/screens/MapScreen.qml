// SPDX-License-Identifier: MIT
// The blockade map: the map, its key, the view controls and the timeline. The timeline's clock
// runs here while playing (one NumberAnimation, or one Timer stepping whole days with reduced
// motion); the backend hears where it stopped, and asks for moments through `pending`.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: screen

    required property Exhibit exhibit
    readonly property MapView map: exhibit.map
    property real t: 0
    property bool playing: false
    // One switch the map obeys, starting as `[display] reduced_motion` sets it: continuous
    // movement becomes day-by-day steps without easing; the information stays the same.
    property bool reducedMotion: exhibit.reducedMotion
    property var card: ({})
    // The whole timeline plays in about 76 s, and can always be paused (WCAG 2.2.2). Not
    // read-only: tests play it faster rather than wait.
    property int msPerDay: 2000

    function apply(): void {
        const p = screen.map.pending
        screen.pause()
        screen.t = p.t
        canvas.highlight = p.highlight ?? []
        canvas.showView(p.view ?? "region", false)
        screen.openCard(p.card ?? "")
        if (p.play) screen.play()
    }
    function play(): void {
        if (screen.t >= screen.map.days - 0.01) screen.t = 0
        screen.playing = true
        if (screen.reducedMotion) {
            screen.t = Math.floor(screen.t) + screen.map.dayEnd
            stepper.start()
        } else if (screen.drawnByCpu) {
            ticker.start()
        } else {
            player.duration = (screen.map.days - 0.001 - screen.t) * screen.msPerDay
            player.start()
        }
    }
    function pause(): void {
        player.stop()
        ticker.stop()
        stepper.stop()
        screen.playing = false
        screen.map.settle(screen.t)
    }
    function stepDay(days: int): void {
        const wasPlaying = screen.playing
        screen.pause()
        const day = Math.min(Math.max(Math.floor(screen.t) + days, 0), screen.map.days - 1)
        screen.t = day + screen.map.dayEnd
        screen.map.settle(screen.t)
        if (wasPlaying) screen.play()
    }
    readonly property bool sheetOpen: sheet.opened
    readonly property bool cardOpen: screen.card.itemId !== undefined
    // The bottom bar's Close: the sources sheet if it is up, else the card.
    function closeSources(): void {
        if (sheet.opened) sheet.opened = false
        else screen.card = ({})
    }
    function openCard(itemId: string): void {
        screen.card = itemId === "" ? ({}) : screen.map.card(itemId, screen.t)
        if (itemId !== "") screen.pause()
    }

    objectName: "screen.map"
    Component.onCompleted: apply()
    // Kept between visits (Main.qml): nothing plays while another screen is shown.
    onVisibleChanged: if (!visible && playing) pause()
    onReducedMotionChanged: if (playing) { pause(); play() }

    Connections {
        target: screen.map
        function onRequested() { screen.apply() }
    }
    Connections {
        target: screen.exhibit
        // A card open when the language changes is shown again in the new language.
        function onLanguageChanged() {
            if (screen.card.itemId !== undefined) screen.card = screen.map.card(screen.card.itemId, screen.t)
        }
        // A visitor walked away: the next finds the map as a first visitor does.
        function onResetRequested() {
            screen.pause()
            screen.card = ({})
            sheet.opened = false
            screen.reducedMotion = screen.exhibit.reducedMotion
            screen.t = 0
            canvas.highlight = []
            canvas.showView("region", false)
            screen.map.settle(0)
        }
    }

    // The clock while playing. On a GPU it follows the display, every refresh. With Qt Quick's
    // software renderer every frame is drawn by the CPU, so it ticks 30 times a second: at the
    // whole-region view a ship then moves a few pixels a tick, and the CPU the map uses while
    // playing halves (docs/PERFORMANCE.md). The renderer is chosen at start (kiosk/graphics.py).
    readonly property bool drawnByCpu: GraphicsInfo.api === GraphicsInfo.Software
    readonly property int tickMs: 33
    Timer {
        id: ticker
        interval: screen.tickMs
        repeat: true
        onTriggered: {
            screen.t = Math.min(screen.t + screen.tickMs / screen.msPerDay, screen.map.days - 0.001)
            if (screen.t >= screen.map.days - 0.001) screen.pause()
        }
    }
    NumberAnimation {
        id: player
        target: screen
        property: "t"
        to: screen.map.days - 0.001
        onFinished: { screen.playing = false; screen.map.settle(screen.t) }
    }
    Timer {
        id: stepper
        interval: screen.msPerDay
        repeat: true
        onTriggered: {
            if (screen.t + 1 >= screen.map.days) { screen.pause(); return }
            screen.t = Math.floor(screen.t) + 1 + screen.map.dayEnd
        }
    }

    MapCanvas {
        id: canvas
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: timeline.top }
        map: screen.map
        t: screen.t
        stepped: screen.reducedMotion
        // In portrait the key spans the map's width: no label goes under it.
        coveredTop: Theme.portrait && legend.visible ? legend.y + legend.height : 0
        onItemTapped: itemId => { screen.map.tapped(itemId); screen.openCard(itemId) }
    }

    MapLegend {
        id: legend
        anchors { left: parent.left; top: parent.top; margins: Theme.px(24) }
        maxWidth: parent.width - 2 * Theme.px(24)
        visible: !Theme.portrait || canvas.height > Theme.px(1200)
    }

    // The view's controls low on the map, just above the timeline: where a hand already is,
    // and never under the legend.
    Column {
        anchors { right: canvas.right; bottom: canvas.bottom; margins: Theme.px(24) }
        spacing: Theme.px(16)
        KioskButton {
            objectName: "map.resetView"
            anchors.right: parent.right
            icon: "reset"
            text: qsTr("Whole map")
            // Only when there is somewhere to return to: a dimmed button reads as broken.
            visible: !canvas.atRegion
            onTapped: canvas.showView("region", true)
        }
        KioskButton {
            objectName: "map.reducedMotion"
            anchors.right: parent.right
            icon: "motion"
            text: qsTr("Move day by day")
            selected: screen.reducedMotion
            onTapped: screen.reducedMotion = !screen.reducedMotion
        }
    }

    Timeline {
        id: timeline
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        map: screen.map
        t: screen.t
        playing: screen.playing
        onScrubbed: value => { screen.pause(); screen.t = value; screen.map.settle(value) }
        onStepRequested: days => screen.stepDay(days)
        onPlayToggled: {
            if (screen.playing) {
                screen.pause()
            } else {
                screen.map.played()
                screen.play()
            }
        }
    }

    MapCard {
        anchors.fill: parent
        card: screen.card
        date: timeline.dayLabels[timeline.day] ?? ""
        onClosed: screen.card = ({})
        onSourcesRequested: number => sheet.show(number)
        onPanelRequested: panelId => screen.exhibit.openScreen(panelId)
    }

    SourcesSheet {
        id: sheet
        anchors.fill: parent
        sources: screen.map.cardSources
    }
}
