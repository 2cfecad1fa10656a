//! The expiry timeline picture on the review page: one row per dated thing, a "Today" line and
//! an amber band for the warning window after today. The pure parts (axis, ticks, states, words)
//! are separate functions so they can be tested without drawing.

use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Align2, Color32, FontId, Painter, Rangef, Rect, Response, Sense, Shape, Stroke, StrokeKind,
    Style, TextStyle, Ui, Visuals, pos2, vec2,
};
use time::{Date, Month, OffsetDateTime};

use crate::core::i18n;
use crate::tr;
use crate::wizard::{TimelineItem, TimelineKind};

const DAY: i64 = 86_400;
const YEAR: i64 = 365 * DAY + DAY / 4;
const ROW_H: f32 = 22.0;
/// Year labels, month labels, a little air.
const HEADER_H: f32 = 32.0;
/// The "Today" label under the rows.
const FOOTER_H: f32 = 18.0;

/// What an item is at `now`; decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarState {
    NotYetValid,
    Valid,
    /// Still valid, but within `warning_days` of its end.
    ExpiresSoon,
    Expired,
}

#[must_use]
pub fn state(item: &TimelineItem, now: OffsetDateTime, warning_days: i64) -> BarState {
    let left = item.until.unix_timestamp() - now.unix_timestamp();
    if left <= 0 {
        BarState::Expired
    } else if item.from.is_some_and(|f| f > now) {
        BarState::NotYetValid
    } else if left <= warning_days * DAY {
        BarState::ExpiresSoon
    } else {
        BarState::Valid
    }
}

/// The axis in Unix seconds: every date, and at least 90 days either side of `now`, plus a margin.
fn axis(items: &[TimelineItem], now: OffsetDateTime) -> (i64, i64) {
    let now = now.unix_timestamp();
    let dates = items
        .iter()
        .flat_map(|i| i.from.into_iter().chain([i.until]))
        .map(OffsetDateTime::unix_timestamp);
    let lo = dates.clone().chain([now - 90 * DAY]).min().unwrap_or(now);
    let hi = dates.chain([now + 90 * DAY]).max().unwrap_or(now);
    let margin = (hi - lo) / 25;
    (lo - margin, hi + margin)
}

/// Unix seconds → x in `chart` (linear; outside the axis lands outside the range).
fn x_of(t: i64, (start, end): (i64, i64), chart: Rangef) -> f32 {
    chart.min + (t - start) as f32 / (end - start).max(1) as f32 * chart.span()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TickKind {
    Year,
    Month,
    /// A year label at the start of the axis (no line), when no 1 January is close by.
    YearHint,
}

/// A tick at `.0` (Unix seconds), maybe labelled.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tick(i64, Option<String>, TickKind);

fn month_start(year: i32, month: u8) -> Option<i64> {
    let date = Date::from_calendar_date(year, Month::try_from(month).ok()?, 1).ok()?;
    Some(date.midnight().assume_utc().unix_timestamp())
}

/// Year ticks (labelled every 1, 2, 5, 10… years so labels do not collide) and, when the axis is
/// under two years, month ticks (labelled every month or quarter, as room allows).
fn ticks((start, end): (i64, i64), width: f32) -> Vec<Tick> {
    let year_of = |t: i64| OffsetDateTime::from_unix_timestamp(t).map(OffsetDateTime::year);
    let (Ok(first), Ok(last)) = (year_of(start), year_of(end)) else {
        return Vec::new();
    };
    let px_per_year = width * YEAR as f32 / (end - start).max(1) as f32;
    let room = |n: i32| n as f32 * px_per_year >= 48.0;
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&n| room(n))
        .unwrap_or(1000);
    let every = [1, 3]
        .into_iter()
        .find(|&n| f32::from(n) * px_per_year / 12.0 >= 34.0);
    let last_month = if end - start < 2 * YEAR { 12 } else { 1 };
    let mut out = Vec::new();
    for year in first..=last {
        for month in 1..=last_month {
            let Some(at) = month_start(year, month).filter(|at| (start..=end).contains(at)) else {
                continue;
            };
            if month > 1 {
                let label = every.filter(|n| (month - 1) % n == 0);
                let label = label.map(|_| i18n::month_short(month));
                out.push(Tick(at, label, TickKind::Month));
            } else if year % step == 0 || px_per_year >= 6.0 {
                let label = (year % step == 0).then(|| year.to_string());
                out.push(Tick(at, label, TickKind::Year));
            }
        }
    }
    let first_year = out.iter().find(|t| t.2 == TickKind::Year && t.1.is_some());
    let far =
        |t: &Tick| last_month == 12 && x_of(t.0, (start, end), Rangef::new(0.0, width)) > 40.0;
    if first_year.is_none_or(far) {
        out.insert(0, Tick(start, Some(first.to_string()), TickKind::YearHint));
    }
    out
}

fn date(t: OffsetDateTime) -> String {
    i18n::date(t.date())
}

fn range_text(item: &TimelineItem) -> String {
    match item.from {
        Some(from) => tr!(
            "timeline-range",
            from = date(from),
            until = date(item.until)
        ),
        None => tr!("timeline-until", until = date(item.until)),
    }
}

fn status_text(item: &TimelineItem, now: OffsetDateTime, warning_days: i64) -> String {
    let left = (item.until - now).whole_days();
    match state(item, now, warning_days) {
        BarState::Expired if left == 0 => tr!("timeline-expired-today"),
        BarState::Expired => tr!("timeline-expired-ago", days = -left),
        BarState::NotYetValid => {
            let starts = item.from.map_or(0, |f| (f - now).whole_days());
            tr!("timeline-not-yet-valid", starts, left)
        }
        BarState::ExpiresSoon if left == 0 => tr!("timeline-expires-today", warning_days),
        BarState::ExpiresSoon => tr!("timeline-left-warning", left, warning_days),
        BarState::Valid => tr!("timeline-left", left),
    }
}

/// The words a screen reader (or a test) gets for the whole picture.
#[must_use]
pub fn summary(items: &[TimelineItem], now: OffsetDateTime, warning_days: i64) -> String {
    let row = |i: &TimelineItem| {
        let status = status_text(i, now, warning_days);
        tr!(
            "timeline-row",
            label = &i.label,
            range = range_text(i),
            status
        )
    };
    let rows: Vec<String> = items.iter().map(row).collect();
    tr!(
        "timeline-summary",
        today = date(now),
        rows = rows.join("; ")
    )
}

fn state_color(state: BarState, v: &Visuals) -> Color32 {
    match (state, v.dark_mode) {
        (BarState::Expired, _) => v.error_fg_color,
        (BarState::ExpiresSoon, _) => v.warn_fg_color,
        (BarState::Valid, true) => Color32::from_rgb(90, 190, 110),
        (BarState::Valid, false) => Color32::from_rgb(30, 135, 60),
        (BarState::NotYetValid, true) => Color32::from_rgb(130, 155, 200),
        (BarState::NotYetValid, false) => Color32::from_rgb(85, 110, 160),
    }
}

/// Where things go inside the allocated rectangle.
struct Frame {
    rect: Rect,
    /// Left edge of the bars' area; the label column sits before it.
    label_w: f32,
    chart: Rangef,
    rows: Rangef,
    span: (i64, i64),
}

impl Frame {
    /// `widest_label`: the longest row label's width; the column fits it (up to half the width),
    /// so labels are not cut at small windows.
    fn new(rect: Rect, span: (i64, i64), widest_label: f32) -> Self {
        let label_w = (widest_label + 16.0).clamp(110.0, rect.width() * 0.5);
        let chart = Rangef::new(rect.left() + label_w + 8.0, rect.right() - 12.0);
        let rows = Rangef::new(rect.top() + HEADER_H, rect.bottom() - FOOTER_H);
        Self {
            rect,
            label_w,
            chart,
            rows,
            span,
        }
    }

    /// Unix seconds → x, kept inside the chart.
    fn x(&self, t: i64) -> f32 {
        x_of(t, self.span, self.chart).clamp(self.chart.min, self.chart.max)
    }

    fn row(&self, i: usize) -> Rangef {
        let top = self.rows.min + ROW_H * i as f32;
        Rangef::new(top, top + ROW_H)
    }
}

/// Draws the timeline; hover a row for its dates. Empty `items` gives a one-line label.
pub fn expiry_timeline(
    ui: &mut Ui,
    items: &[TimelineItem],
    now: OffsetDateTime,
    warning_days: i64,
) -> Response {
    if items.is_empty() {
        return ui.label(tr!("timeline-empty"));
    }
    let height = HEADER_H + ROW_H * items.len() as f32 + FOOTER_H;
    let (response, painter) = ui.allocate_painter(
        vec2(ui.available_width().max(320.0), height),
        Sense::hover(),
    );
    let (v, style) = (ui.visuals(), ui.style());
    let font = TextStyle::Body.resolve(ui.style());
    let widest = items
        .iter()
        .map(|i| {
            ui.painter()
                .layout_no_wrap(i.label.to_string(), font.clone(), Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let f = Frame::new(response.rect, axis(items, now), widest);
    let hovered = response.hover_pos().filter(|p| f.rows.contains(p.y));
    let hovered = hovered.and_then(|p| (0..items.len()).find(|&i| f.row(i).contains(p.y)));

    // Row stripes (the hovered row highlighted), the grid, the rows, then Today on top.
    for i in 0..items.len() {
        let row = Rect::from_x_y_ranges(f.rect.x_range(), f.row(i));
        if hovered == Some(i) {
            painter.rect_filled(row, 2.0, v.selection.bg_fill.gamma_multiply(0.3));
        } else if i % 2 == 1 {
            painter.rect_filled(row, 0.0, v.faint_bg_color);
        }
    }
    let small = TextStyle::Small.resolve(style);
    paint_grid(&painter, &f, v, &small, (now, warning_days));
    for (i, item) in items.iter().enumerate() {
        paint_row(
            &painter,
            &f,
            style,
            f.row(i).center(),
            item,
            (now, warning_days),
        );
    }
    let (today, color) = (f.x(now.unix_timestamp()), v.strong_text_color());
    painter.vline(
        today,
        f.rows.min - 4.0..=f.rows.max + 2.0,
        Stroke::new(2.0, color),
    );
    painter.text(
        pos2(today, f.rows.max + 2.0),
        Align2::CENTER_TOP,
        tr!("timeline-today"),
        small,
        color,
    );

    let label = summary(items, now, warning_days);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
    match hovered.and_then(|i| items.get(i)) {
        Some(item) => response.on_hover_ui_at_pointer(|ui| {
            ui.strong(item.label.to_string());
            ui.label(range_text(item));
            ui.label(status_text(item, now, warning_days));
        }),
        None => response,
    }
}

/// The warning window (a band right of Today, with its legend under the labels), then the year
/// and month lines with their labels.
fn paint_grid(
    painter: &Painter,
    f: &Frame,
    v: &Visuals,
    small: &FontId,
    (now, warning_days): (OffsetDateTime, i64),
) {
    if warning_days > 0 {
        let x0 = f.x(now.unix_timestamp());
        let x1 = f.x(now.unix_timestamp() + warning_days * DAY).max(x0 + 4.0);
        let band = v.warn_fg_color.gamma_multiply(0.25);
        painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, f.rows), 0.0, band);
        painter.vline(
            x1,
            f.rows,
            Stroke::new(1.0, v.warn_fg_color.gamma_multiply(0.7)),
        );
        let swatch = Rect::from_min_size(
            pos2(f.rect.left() + 4.0, f.rows.max + 5.0),
            vec2(10.0, 10.0),
        );
        painter.rect_filled(swatch, 2.0, band);
        let (at, legend) = (
            pos2(swatch.right() + 4.0, swatch.center().y),
            tr!("timeline-legend", warning_days),
        );
        painter.text(
            at,
            Align2::LEFT_CENTER,
            legend,
            small.clone(),
            v.weak_text_color(),
        );
    }
    for Tick(at, label, kind) in ticks(f.span, f.chart.span()) {
        let (y, color, line) = match kind {
            TickKind::Month => (f.rect.top() + 15.0, v.weak_text_color(), 0.25),
            TickKind::Year => (f.rect.top() + 1.0, v.text_color(), 0.6),
            TickKind::YearHint => (f.rect.top() + 1.0, v.text_color(), 0.0),
        };
        if line > 0.0 {
            let stroke = Stroke::new(1.0, v.weak_text_color().gamma_multiply(line));
            painter.vline(f.x(at), y + 12.0..=f.rows.max, stroke);
        }
        if let Some(label) = label {
            // Right of its line; left of it where the line is too close to the right edge.
            let galley = painter.layout_no_wrap(label, small.clone(), color);
            let x = if f.x(at) + 2.0 + galley.size().x > f.rect.right() {
                f.x(at) - 2.0 - galley.size().x
            } else {
                f.x(at) + 2.0
            };
            painter.galley(pos2(x, y), galley, color);
        }
    }
}

/// One row centred on `cy`: the bar (a diamond for a lone date) and the elided label.
fn paint_row(
    painter: &Painter,
    f: &Frame,
    style: &Style,
    cy: f32,
    item: &TimelineItem,
    (now, warning_days): (OffsetDateTime, i64),
) {
    let (v, until) = (&style.visuals, item.until.unix_timestamp());
    let active = item.kind == (TimelineKind::EntraCert { active: true });
    let (color, strong) = (
        state_color(state(item, now, warning_days), v),
        v.strong_text_color(),
    );
    if let Some(from) = item.from {
        let (x0, half) = (f.x(from.unix_timestamp()), if active { 6.0 } else { 4.0 });
        let bar = Rect::from_x_y_ranges(x0..=f.x(until).max(x0 + 2.0), cy - half..=cy + half);
        let outline = if active {
            Stroke::new(1.5, strong)
        } else {
            Stroke::NONE
        };
        painter.rect(bar, 3.0, color, outline, StrokeKind::Outside);
    } else {
        let (cx, r) = (f.x(until), 6.0);
        let diamond = vec![
            pos2(cx, cy - r),
            pos2(cx + r, cy),
            pos2(cx, cy + r),
            pos2(cx - r, cy),
        ];
        painter.add(Shape::convex_polygon(
            diamond,
            color,
            Stroke::new(1.0, strong),
        ));
    }
    let text_color = if active { strong } else { v.text_color() };
    let font = TextStyle::Body.resolve(style);
    let mut job = LayoutJob::simple_singleline(item.label.to_string(), font, text_color);
    job.wrap = TextWrapping::truncate_at_width(f.label_w - 8.0);
    let galley = painter.layout_job(job);
    let at = pos2(f.rect.left() + 4.0, cy - galley.size().y / 2.0);
    painter.galley(at, galley, text_color);
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-03-01 12:00 UTC);

    fn sample() -> Vec<TimelineItem> {
        let item = |label: &str, kind, from: Option<OffsetDateTime>, until| TimelineItem {
            label: crate::core::i18n::Msg::verbatim(label),
            kind,
            from,
            until,
        };
        vec![
            item(
                "TOPdesk certificate ab12…",
                TimelineKind::TopdeskCert,
                Some(datetime!(2024-01-01 0:00 UTC)),
                datetime!(2026-02-20 0:00 UTC),
            ),
            item(
                "Entra metadata validUntil",
                TimelineKind::MetadataValidUntil,
                None,
                datetime!(2026-03-12 0:00 UTC),
            ),
            item(
                "Entra cd34… (active)",
                TimelineKind::EntraCert { active: true },
                Some(datetime!(2025-01-01 0:00 UTC)),
                datetime!(2028-01-01 0:00 UTC),
            ),
            item(
                "Entra ef56…",
                TimelineKind::EntraCert { active: false },
                Some(datetime!(2026-06-01 0:00 UTC)),
                datetime!(2029-06-01 0:00 UTC),
            ),
        ]
    }

    #[test]
    fn the_label_column_fits_the_longest_label_and_at_most_half_the_width() {
        // At 900×600 the content column is about 660 wide; "Entra certificate A2FD… (active)"
        // needs about 230 (it used to be cut to "(acti…").
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(660.0, 100.0));
        let f = Frame::new(rect, (0, 1), 230.0);
        assert!(f.label_w - 8.0 >= 230.0, "{}", f.label_w);
        assert!(f.chart.min > f.label_w);
        let f = Frame::new(rect, (0, 1), 900.0);
        assert!((f.label_w - 330.0).abs() < 0.01, "{}", f.label_w);
    }

    #[test]
    fn states_at_now() {
        use BarState::{Expired, ExpiresSoon, NotYetValid, Valid};
        let states: Vec<BarState> = sample().iter().map(|i| state(i, NOW, 30)).collect();
        assert_eq!(states, [Expired, ExpiresSoon, Valid, NotYetValid]);
        let soon = &sample()[1];
        assert_eq!(state(soon, NOW, 5), Valid);
        assert_eq!(
            state(soon, soon.until, 30),
            Expired,
            "the end instant itself is expired"
        );
    }

    #[test]
    fn axis_covers_everything_and_today_and_maps_linearly() {
        let (start, end) = axis(&sample(), NOW);
        assert!(start < datetime!(2024-01-01 0:00 UTC).unix_timestamp());
        assert!(end > datetime!(2029-06-01 0:00 UTC).unix_timestamp());
        let chart = Rangef::new(100.0, 600.0);
        assert!((x_of(start, (start, end), chart) - 100.0).abs() < 1e-3);
        assert!((x_of(end, (start, end), chart) - 600.0).abs() < 1e-3);
        assert!((x_of(start.midpoint(end), (start, end), chart) - 350.0).abs() < 0.01);
        let (lo, hi) = axis(&[], NOW);
        let now = NOW.unix_timestamp();
        assert!(lo < now - 89 * DAY && hi > now + 89 * DAY && hi - lo < 200 * DAY);
    }

    fn labels(from: OffsetDateTime, to: OffsetDateTime, width: f32) -> Vec<String> {
        let ticks = ticks((from.unix_timestamp(), to.unix_timestamp()), width);
        ticks.into_iter().filter_map(|t| t.1).collect()
    }

    #[test]
    fn ticks_label_years_or_months_without_crowding() {
        let six_years = (
            datetime!(2023-07-01 0:00 UTC),
            datetime!(2029-07-01 0:00 UTC),
        );
        let all = ticks(
            (six_years.0.unix_timestamp(), six_years.1.unix_timestamp()),
            1200.0,
        );
        assert!(
            all.iter().all(|t| t.2 == TickKind::Year),
            "no months over six years"
        );
        assert_eq!(
            labels(six_years.0, six_years.1, 1200.0),
            ["2024", "2025", "2026", "2027", "2028", "2029"]
        );
        assert_eq!(
            labels(six_years.0, six_years.1, 150.0),
            ["2024", "2026", "2028"]
        );
        let months = labels(
            datetime!(2026-02-10 0:00 UTC),
            datetime!(2026-11-20 0:00 UTC),
            1000.0,
        );
        assert_eq!(
            months,
            [
                "2026", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"
            ]
        );
        let quarters = labels(
            datetime!(2025-12-01 0:00 UTC),
            datetime!(2027-06-01 0:00 UTC),
            500.0,
        );
        assert_eq!(quarters, ["2026", "Apr", "Jul", "Oct", "2027", "Apr"]);
    }

    #[test]
    fn summary_reads_every_item() {
        let s = summary(&sample(), NOW, 30);
        let start = "Expiry timeline, today 1 Mar 2026: TOPdesk certificate ab12…, 1 Jan 2024 to 20 Feb 2026, expired 9 days ago; ";
        assert!(s.starts_with(start), "{s}");
        assert!(
            s.contains("validUntil, until 12 Mar 2026, 10 days left (warning: under 30 days);"),
            "{s}"
        );
        assert!(
            s.contains("(active), 1 Jan 2025 to 1 Jan 2028, 670 days left;"),
            "{s}"
        );
        assert!(
            s.ends_with("not valid yet (starts in 91 days), 1187 days left."),
            "{s}"
        );
    }

    #[test]
    fn summary_in_the_readers_language_and_date_format() {
        let nl = i18n::with(i18n::Lang::Nl, || summary(&sample(), NOW, 30));
        assert!(
            nl.starts_with("Verlooptijdlijn, vandaag 1 mrt 2026: TOPdesk certificate ab12…, 1 jan 2024 tot 20 feb 2026, 9 dagen geleden verlopen; "),
            "{nl}"
        );
        assert!(
            nl.contains("nog 10 dagen (waarschuwing: minder dan 30 dagen);"),
            "{nl}"
        );
        let de = i18n::with(i18n::Lang::De, || summary(&sample(), NOW, 30));
        assert!(
            de.starts_with("Ablauf-Zeitleiste, heute 1. März 2026: TOPdesk certificate ab12…, 1. Jan. 2024 bis 20. Feb. 2026, vor 9 Tagen abgelaufen; "),
            "{de}"
        );
        assert!(
            de.ends_with("noch nicht gültig (beginnt in 91 Tagen), noch 1187 Tage."),
            "{de}"
        );
        // One day: the singular.
        let one = [TimelineItem {
            until: NOW + time::Duration::days(1),
            ..sample().remove(0)
        }];
        assert!(summary(&one, NOW, 0).ends_with(", 1 day left."));
        assert!(i18n::with(i18n::Lang::Nl, || summary(&one, NOW, 0)).ends_with(", nog 1 dag."));
        assert!(i18n::with(i18n::Lang::De, || summary(&one, NOW, 0)).ends_with(", noch 1 Tag."));
    }

    /// Each text's horizontal extent in the shapes drawn.
    fn text_spans(shapes: &[egui::epaint::ClippedShape]) -> Vec<(String, Rangef)> {
        fn walk(shape: &Shape, out: &mut Vec<(String, Rangef)>) {
            match shape {
                Shape::Text(t) => {
                    out.push((
                        t.galley.text().to_owned(),
                        t.visual_bounding_rect().x_range(),
                    ));
                }
                Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for s in shapes {
            walk(&s.shape, &mut out);
        }
        out
    }

    /// The year labels stay inside the timeline at every width, also when the axis ends just
    /// after a 1 January (its label, left-aligned at the line, ran off the right edge).
    #[test]
    fn every_label_stays_inside_the_timeline_at_every_width() {
        use egui_kittest::Harness;
        let mut items = sample();
        items.push(TimelineItem {
            label: crate::core::i18n::Msg::verbatim("Entra gh78…"),
            kind: TimelineKind::EntraCert { active: false },
            from: Some(datetime!(2026-03-01 0:00 UTC)),
            until: datetime!(2035-10-01 0:00 UTC),
        });
        let mut out = Vec::new();
        for width in (340..=1400).step_by(15) {
            let mut h = Harness::builder()
                .with_size(vec2(width as f32, 300.0))
                .build_ui_state(
                    |ui, rect: &mut Rect| *rect = expiry_timeline(ui, &items, NOW, 30).rect,
                    Rect::NOTHING,
                );
            h.run();
            let inside = h.state().x_range();
            for (text, span) in text_spans(&h.output().shapes) {
                if span.min < inside.min - 0.5 || span.max > inside.max + 0.5 {
                    out.push(format!(
                        "{width}: {text:?} at {span:?}, the timeline {inside:?}"
                    ));
                }
            }
        }
        assert!(out.is_empty(), "outside the timeline:\n{}", out.join("\n"));
    }

    #[test]
    fn draws_at_small_and_large_widths_with_an_accessible_label() {
        use egui_kittest::{Harness, kittest::Queryable};
        let items = sample();
        for (width, theme) in [(500.0, egui::Theme::Light), (2000.0, egui::Theme::Dark)] {
            let mut harness = Harness::builder()
                .with_size(vec2(width, 300.0))
                .with_theme(theme)
                .build_ui(|ui| {
                    expiry_timeline(ui, &items, NOW, 30);
                });
            harness
                .get_by_label_contains("Expiry timeline, today 1 Mar 2026")
                .hover();
            harness.run();
        }
        let harness = Harness::new_ui(|ui| {
            expiry_timeline(ui, &[], NOW, 30);
        });
        harness.get_by_label("No dates to show yet.");
    }
}
