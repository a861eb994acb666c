//! Where each component sits: Lightning `gridLayout` (columns, row, colspan, rowspan, matched to
//! components by position) or Classic `columns` of component indices, as one grid.

use crate::salesforce::types::LayoutRaw;

/// A tile's cell range on the dashboard grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub column: u32,
    pub row: u32,
    pub colspan: u32,
    pub rowspan: u32,
}

/// The grid and one place per component (same order as `components`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub columns: u32,
    pub rows: u32,
    pub places: Vec<Place>,
}

/// Lays out `count` components. Components the layout does not mention go below the rest,
/// two per row, so nothing silently disappears.
pub fn grid(layout: Option<&LayoutRaw>, count: usize) -> Grid {
    let mut places: Vec<Option<Place>> = vec![None; count];
    let mut columns = 2;
    if let Some(layout) = layout {
        let lightning = layout
            .grid_layout
            .unwrap_or(!layout.components.is_empty() && layout.columns.is_empty());
        if lightning {
            columns = layout.num_columns.unwrap_or(12).clamp(1, 48);
            for (place, cell) in places.iter_mut().zip(&layout.components) {
                let column = cell.column.unwrap_or(0).min(columns - 1);
                *place = Some(Place {
                    column,
                    row: cell.row.unwrap_or(0),
                    colspan: cell.colspan.unwrap_or(1).clamp(1, columns - column),
                    rowspan: cell.rowspan.unwrap_or(1).max(1),
                });
            }
        } else if !layout.columns.is_empty() {
            columns = layout.columns.len() as u32;
            for (c, column) in layout.columns.iter().enumerate() {
                for (r, index) in column.components.iter().enumerate() {
                    if let Some(place) = places.get_mut(*index as usize) {
                        *place = Some(Place {
                            column: c as u32,
                            row: r as u32,
                            colspan: 1,
                            rowspan: 1,
                        });
                    }
                }
            }
        }
    }
    let mut rows = places
        .iter()
        .flatten()
        .map(|p| p.row + p.rowspan)
        .max()
        .unwrap_or(0);
    let half = (columns / 2).max(1);
    let mut next = 0;
    let places = places
        .into_iter()
        .map(|place| {
            place.unwrap_or_else(|| {
                let column = if next % 2 == 0 {
                    0
                } else {
                    half.min(columns - 1)
                };
                let placed = Place {
                    column,
                    row: rows,
                    colspan: if columns > 1 {
                        columns - half.max(column)
                    } else {
                        1
                    }
                    .max(1),
                    rowspan: 1,
                };
                next += 1;
                if next % 2 == 0 {
                    rows += 1;
                }
                placed
            })
        })
        .collect::<Vec<_>>();
    let rows = places
        .iter()
        .map(|p| p.row + p.rowspan)
        .max()
        .unwrap_or(1)
        .max(1);
    Grid {
        columns,
        rows,
        places,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> LayoutRaw {
        serde_json::from_str(json).unwrap_or_default()
    }

    #[test]
    fn classic_columns_stack_top_to_bottom() {
        let layout = parse(
            r#"{"columns":[{"components":[0,1,2]},{"components":[3,4]}],"gridLayout":false}"#,
        );
        let grid = grid(Some(&layout), 5);
        assert_eq!((grid.columns, grid.rows), (2, 3));
        assert_eq!(
            grid.places[4],
            Place {
                column: 1,
                row: 1,
                colspan: 1,
                rowspan: 1
            }
        );
    }

    #[test]
    fn lightning_cells_match_by_position() {
        let layout = parse(
            r#"{"gridLayout":true,"numColumns":12,"rowHeight":36,"components":[{"column":0,"row":0,"colspan":6,"rowspan":4},{"column":6,"row":0,"colspan":9,"rowspan":4}]}"#,
        );
        let grid = grid(Some(&layout), 2);
        assert_eq!(grid.columns, 12);
        assert_eq!(grid.places[1].colspan, 6, "clamped to the grid");
        assert_eq!(grid.rows, 4);
    }

    #[test]
    fn unplaced_components_are_not_lost() {
        let grid = grid(None, 3);
        assert_eq!(grid.places.len(), 3);
        assert!(grid.rows >= 2);
    }
}
