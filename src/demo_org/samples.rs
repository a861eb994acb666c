//! The demo org's sample dashboards, defined from its own data (not the client's types): a sales
//! pipeline, customer service, marketing and an executive overview that together use every
//! visualization type, Classic and Lightning layouts, filters, one component in ERROR and one in
//! NODATA. Values drift with time so a refresh is visible.

/// How an aggregate is summarised and formatted.
#[derive(Debug, Clone, Copy)]
pub struct Agg {
    pub api: &'static str,
    pub label: &'static str,
    /// `currency`, `int`, `double` or `percent`.
    pub data_type: &'static str,
}

pub const AMOUNT: Agg = Agg {
    api: "s!AMOUNT",
    label: "Sum of Amount",
    data_type: "currency",
};
pub const ROWS: Agg = Agg {
    api: "RowCount",
    label: "Record Count",
    data_type: "int",
};
pub const CSAT: Agg = Agg {
    api: "a!CSAT__c",
    label: "Average of CSAT",
    data_type: "percent",
};
pub const HOURS: Agg = Agg {
    api: "a!HOURS_TO_CLOSE__c",
    label: "Average of Hours to Close",
    data_type: "double",
};
pub const COST: Agg = Agg {
    api: "s!ACTUAL_COST",
    label: "Sum of Actual Cost",
    data_type: "currency",
};
pub const LEADS: Agg = Agg {
    api: "s!NUMBER_OF_LEADS",
    label: "Sum of Leads",
    data_type: "int",
};

/// A grouping column.
#[derive(Debug, Clone, Copy)]
pub struct Grouping {
    pub api: &'static str,
    pub label: &'static str,
    pub data_type: &'static str,
}

/// What a component's report returns.
#[derive(Debug, Clone)]
pub enum Data {
    /// One grand total (metric, gauge).
    Total { agg: Agg, base: f64 },
    /// One grouping level: (label, value) pairs; for dates the value is an ISO date.
    Groups {
        grouping: Grouping,
        aggs: Vec<Agg>,
        rows: Vec<(&'static str, Option<&'static str>, Vec<f64>)>,
    },
    /// Two grouping levels (stacked / grouped charts).
    Matrix {
        outer: Grouping,
        inner: Grouping,
        agg: Agg,
        outer_labels: Vec<&'static str>,
        inner_labels: Vec<&'static str>,
        base: Vec<Vec<f64>>,
    },
    /// Detail rows (tabular FlexTable / table).
    Rows {
        columns: Vec<(&'static str, &'static str, &'static str)>,
        rows: Vec<Vec<Cell>>,
    },
}

#[derive(Debug, Clone)]
pub enum Cell {
    Text(&'static str),
    Number(f64),
}

/// The component's state in the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Data,
    NoData,
    Error {
        code: &'static str,
        message: &'static str,
    },
}

#[derive(Debug, Clone)]
pub struct Component {
    pub id: &'static str,
    pub report_id: &'static str,
    pub title: Option<&'static str>,
    pub header: Option<&'static str>,
    pub footer: Option<&'static str>,
    pub visualization: &'static str,
    pub group_by_type: Option<&'static str>,
    /// `(min, max-of-band, colour)` bands for metrics and gauges.
    pub breaks: Vec<(Option<f64>, Option<f64>, &'static str)>,
    /// Second axis series (combination charts): aggregate index shown as a line.
    pub y2_line: bool,
    pub data: Data,
    pub state: State,
    pub show_total: bool,
}

#[derive(Debug, Clone)]
pub enum Layout {
    /// Classic: columns of component indices.
    Classic(Vec<Vec<usize>>),
    /// Lightning: columns, row height and (column, row, colspan, rowspan) per component.
    Grid {
        columns: u32,
        row_height: u32,
        cells: Vec<(u32, u32, u32, u32)>,
    },
}

#[derive(Debug, Clone)]
pub struct Filter {
    pub id: &'static str,
    pub name: &'static str,
    /// (option id, alias, value)
    pub options: Vec<(&'static str, &'static str, &'static str)>,
}

#[derive(Debug, Clone)]
pub struct Dashboard {
    pub id: &'static str,
    pub developer_name: &'static str,
    pub title: &'static str,
    pub folder: &'static str,
    pub folder_id: &'static str,
    pub description: &'static str,
    pub palette: &'static str,
    pub theme: &'static str,
    pub layout: Layout,
    pub components: Vec<Component>,
    pub filters: Vec<Filter>,
}

fn component(
    id: &'static str,
    title: &'static str,
    visualization: &'static str,
    data: Data,
) -> Component {
    Component {
        id,
        report_id: "00O5g00000DemoRAAA",
        title: Some(title),
        header: None,
        footer: None,
        visualization,
        group_by_type: None,
        breaks: Vec::new(),
        y2_line: false,
        data,
        state: State::Data,
        show_total: false,
    }
}

const STAGE: Grouping = Grouping {
    api: "STAGE_NAME",
    label: "Stage",
    data_type: "picklist",
};
const MONTH: Grouping = Grouping {
    api: "CLOSE_DATE",
    label: "Close Date",
    data_type: "date",
};
const ACCOUNT: Grouping = Grouping {
    api: "ACCOUNT_NAME",
    label: "Account Name",
    data_type: "string",
};
const SOURCE: Grouping = Grouping {
    api: "LEAD_SOURCE",
    label: "Lead Source",
    data_type: "picklist",
};
const PRIORITY: Grouping = Grouping {
    api: "PRIORITY",
    label: "Priority",
    data_type: "picklist",
};
const DAY: Grouping = Grouping {
    api: "CREATED_DATE",
    label: "Date Opened",
    data_type: "date",
};
const CAMPAIGN: Grouping = Grouping {
    api: "CAMPAIGN_NAME",
    label: "Campaign Name",
    data_type: "string",
};
const REGION: Grouping = Grouping {
    api: "REGION__c",
    label: "Region",
    data_type: "picklist",
};

/// Every sample dashboard.
pub fn dashboards() -> Vec<Dashboard> {
    vec![pipeline(), service(), marketing(), executive()]
}

fn pipeline() -> Dashboard {
    let mut won = component(
        "01a5g00000PipeMAAA",
        "Closed Won This Quarter",
        "Metric",
        Data::Total {
            agg: AMOUNT,
            base: 4_820_000.0,
        },
    );
    won.breaks = vec![
        (None, Some(3_000_000.0), "c23934"),
        (Some(3_000_000.0), Some(4_500_000.0), "ffb75d"),
        (Some(4_500_000.0), None, "04844b"),
    ];
    won.footer = Some("Target: $4.5M");
    let mut quota = component(
        "01a5g00000PipeGAAA",
        "Quota Attainment",
        "Gauge",
        Data::Total {
            agg: AMOUNT,
            base: 7_350_000.0,
        },
    );
    quota.breaks = vec![
        (Some(0.0), Some(5_000_000.0), "c25454"),
        (Some(5_000_000.0), Some(8_000_000.0), "c2c254"),
        (Some(8_000_000.0), Some(10_000_000.0), "54c254"),
    ];
    let funnel = component(
        "01a5g00000PipeFAAA",
        "Pipeline by Stage",
        "Funnel",
        Data::Groups {
            grouping: STAGE,
            aggs: vec![AMOUNT],
            rows: vec![
                ("Prospecting", None, vec![9_400_000.0]),
                ("Qualification", None, vec![7_100_000.0]),
                ("Needs Analysis", None, vec![5_200_000.0]),
                ("Proposal/Price Quote", None, vec![3_900_000.0]),
                ("Negotiation/Review", None, vec![2_300_000.0]),
            ],
        },
    );
    let mut by_month = component(
        "01a5g00000PipeCAAA",
        "Pipeline by Close Month",
        "Column",
        Data::Matrix {
            outer: MONTH,
            inner: STAGE,
            agg: AMOUNT,
            outer_labels: vec![
                "July 2026",
                "August 2026",
                "September 2026",
                "October 2026",
                "November 2026",
                "December 2026",
            ],
            inner_labels: vec![
                "Prospecting",
                "Qualification",
                "Proposal/Price Quote",
                "Negotiation/Review",
            ],
            base: vec![
                vec![820_000.0, 610_000.0, 400_000.0, 260_000.0],
                vec![900_000.0, 700_000.0, 380_000.0, 300_000.0],
                vec![760_000.0, 820_000.0, 510_000.0, 240_000.0],
                vec![1_020_000.0, 660_000.0, 590_000.0, 330_000.0],
                vec![1_150_000.0, 740_000.0, 470_000.0, 410_000.0],
                vec![980_000.0, 880_000.0, 620_000.0, 380_000.0],
            ],
        },
    );
    by_month.group_by_type = Some("stacked");
    let top = component(
        "01a5g00000PipeBAAA",
        "Top Accounts by Open Pipeline",
        "Bar",
        Data::Groups {
            grouping: ACCOUNT,
            aggs: vec![AMOUNT],
            rows: vec![
                ("Globex Corporation", None, vec![1_920_000.0]),
                ("Initech", None, vec![1_480_000.0]),
                ("Umbrella Group", None, vec![1_210_000.0]),
                ("Stark Industries", None, vec![990_000.0]),
                ("Wayne Enterprises", None, vec![870_000.0]),
            ],
        },
    );
    let mut sources = component(
        "01a5g00000PipeDAAA",
        "Won by Lead Source",
        "Donut",
        Data::Groups {
            grouping: SOURCE,
            aggs: vec![AMOUNT],
            rows: vec![
                ("Web", None, vec![1_640_000.0]),
                ("Partner Referral", None, vec![1_210_000.0]),
                ("Trade Show", None, vec![720_000.0]),
                ("Employee Referral", None, vec![510_000.0]),
                ("Advertisement", None, vec![330_000.0]),
                ("Purchased List", None, vec![190_000.0]),
                ("Other", None, vec![120_000.0]),
                ("-", None, vec![100_000.0]),
            ],
        },
    );
    sources.show_total = true;
    Dashboard {
        id: "01Z5g00000PipeDAAA",
        developer_name: "Sales_Pipeline",
        title: "Sales Pipeline",
        folder: "Sales Dashboards",
        folder_id: "00l5g00000SalesAAA",
        description: "Quarter-to-date bookings and open pipeline",
        palette: "wildflowers",
        theme: "dark",
        layout: Layout::Grid {
            columns: 12,
            row_height: 36,
            cells: vec![
                (0, 0, 3, 6),
                (3, 0, 3, 6),
                (6, 0, 6, 6),
                (0, 6, 6, 8),
                (6, 6, 3, 8),
                (9, 6, 3, 8),
            ],
        },
        components: vec![won, quota, funnel, by_month, top, sources],
        filters: vec![Filter {
            id: "0IB5g00000RegioAAA",
            name: "Region",
            options: vec![
                ("0IC5g00000EmeaAAAA", "EMEA", "EMEA"),
                ("0IC5g00000AmerAAAA", "Americas", "Americas"),
                ("0IC5g00000ApacAAAA", "APAC", "APAC"),
            ],
        }],
    }
}

fn service() -> Dashboard {
    let open = component(
        "01a5g00000SvcMeAAA",
        "Open Cases",
        "Metric",
        Data::Total {
            agg: ROWS,
            base: 148.0,
        },
    );
    let mut csat = component(
        "01a5g00000SvcGaAAA",
        "Customer Satisfaction",
        "Gauge",
        Data::Total {
            agg: CSAT,
            base: 87.5,
        },
    );
    csat.breaks = vec![
        (Some(0.0), Some(70.0), "c23934"),
        (Some(70.0), Some(85.0), "ffb75d"),
        (Some(85.0), Some(100.0), "00716b"),
    ];
    let priority = component(
        "01a5g00000SvcPiAAA",
        "Open Cases by Priority",
        "Pie",
        Data::Groups {
            grouping: PRIORITY,
            aggs: vec![ROWS],
            rows: vec![
                ("High", None, vec![34.0]),
                ("Medium", None, vec![71.0]),
                ("Low", None, vec![43.0]),
            ],
        },
    );
    let days = [
        "2026-11-23",
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
        "2026-11-27",
        "2026-11-28",
        "2026-11-29",
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
    ];
    let labels = [
        "23/11/2026",
        "24/11/2026",
        "25/11/2026",
        "26/11/2026",
        "27/11/2026",
        "28/11/2026",
        "29/11/2026",
        "30/11/2026",
        "1/12/2026",
        "2/12/2026",
        "3/12/2026",
        "4/12/2026",
    ];
    let counts = [
        42.0, 51.0, 47.0, 38.0, 55.0, 21.0, 18.0, 49.0, 61.0, 58.0, 44.0, 39.0,
    ];
    let mut per_day = component(
        "01a5g00000SvcLiAAA",
        "Cases Opened per Day",
        "Line",
        Data::Groups {
            grouping: DAY,
            aggs: vec![ROWS],
            // Deliberately out of order: the client must sort dates.
            rows: (0..12)
                .rev()
                .map(|i| (labels[i], Some(days[i]), vec![counts[i]]))
                .collect(),
        },
    );
    per_day.group_by_type = Some("cumulative");
    let mut agents = component(
        "01a5g00000SvcTaAAA",
        "Agents",
        "Table",
        Data::Groups {
            grouping: Grouping {
                api: "OWNER",
                label: "Case Owner",
                data_type: "string",
            },
            aggs: vec![ROWS, HOURS],
            rows: vec![
                ("Mina Park", None, vec![31.0, 5.2]),
                ("Jonas Weber", None, vec![27.0, 6.8]),
                ("Priya Nair", None, vec![24.0, 4.1]),
                ("Luis Ortega", None, vec![19.0, 7.5]),
                ("Sofia Rossi", None, vec![16.0, 3.9]),
            ],
        },
    );
    agents.header = Some("Closed this week");
    let mut backlog = component(
        "01a5g00000SvcNoAAA",
        "Escalation Backlog",
        "Bar",
        Data::Groups {
            grouping: PRIORITY,
            aggs: vec![ROWS],
            rows: vec![],
        },
    );
    backlog.state = State::NoData;
    Dashboard {
        id: "01Z5g00000SvcDaAAA",
        developer_name: "Customer_Service",
        title: "Customer Service",
        folder: "Service Dashboards",
        folder_id: "00l5g00000ServiAAA",
        description: "Live case load and satisfaction",
        palette: "ocean",
        theme: "dark",
        layout: Layout::Classic(vec![vec![0, 2], vec![1, 3], vec![4, 5]]),
        components: vec![open, csat, priority, per_day, agents, backlog],
        filters: vec![],
    }
}

fn marketing() -> Dashboard {
    let scatter = component(
        "01a5g00000MktScAAA",
        "Campaign Cost vs. Leads",
        "Scatter",
        Data::Groups {
            grouping: CAMPAIGN,
            aggs: vec![COST, LEADS],
            rows: vec![
                ("Spring Webinar Series", None, vec![18_000.0, 420.0]),
                ("Dreamforce Booth", None, vec![95_000.0, 1_310.0]),
                ("Partner Roadshow", None, vec![42_000.0, 560.0]),
                ("Search Ads Q4", None, vec![61_000.0, 1_020.0]),
                ("Customer Newsletter", None, vec![6_500.0, 240.0]),
                ("Trade Show Berlin", None, vec![58_000.0, 690.0]),
                ("Product Launch Email", None, vec![9_800.0, 380.0]),
            ],
        },
    );
    let mut by_source = component(
        "01a5g00000MktGrAAA",
        "Leads by Source and Quarter",
        "Column",
        Data::Matrix {
            outer: Grouping {
                api: "CREATED_DATE",
                label: "Created Date",
                data_type: "date",
            },
            inner: SOURCE,
            agg: ROWS,
            outer_labels: vec!["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"],
            inner_labels: vec!["Web", "Trade Show", "Partner Referral"],
            base: vec![
                vec![820.0, 310.0, 240.0],
                vec![910.0, 420.0, 260.0],
                vec![1_040.0, 280.0, 330.0],
                vec![1_180.0, 510.0, 350.0],
            ],
        },
    );
    by_source.group_by_type = Some("grouped");
    let campaigns = component(
        "01a5g00000MktFlAAA",
        "Active Campaigns",
        "FlexTable",
        Data::Rows {
            columns: vec![
                ("CAMPAIGN_NAME", "Campaign Name", "string"),
                ("STATUS", "Status", "picklist"),
                ("NUMBER_OF_LEADS", "Leads", "int"),
                ("ACTUAL_COST", "Actual Cost", "currency"),
            ],
            rows: vec![
                vec![
                    Cell::Text("Search Ads Q4"),
                    Cell::Text("In Progress"),
                    Cell::Number(1_020.0),
                    Cell::Number(61_000.0),
                ],
                vec![
                    Cell::Text("Trade Show Berlin"),
                    Cell::Text("Completed"),
                    Cell::Number(690.0),
                    Cell::Number(58_000.0),
                ],
                vec![
                    Cell::Text("Partner Roadshow"),
                    Cell::Text("In Progress"),
                    Cell::Number(560.0),
                    Cell::Number(42_000.0),
                ],
                vec![
                    Cell::Text("Product Launch Email"),
                    Cell::Text("Planned"),
                    Cell::Number(380.0),
                    Cell::Number(9_800.0),
                ],
            ],
        },
    );
    let mut roi = component(
        "01a5g00000MktErAAA",
        "Marketing ROI",
        "Metric",
        Data::Total {
            agg: AMOUNT,
            base: 0.0,
        },
    );
    roi.state = State::Error {
        code: "202",
        message: "The source report isn't available. It may have been deleted, or it's in a folder you can't access.",
    };
    let leads = component(
        "01a5g00000MktLeAAA",
        "Leads This Quarter",
        "Metric",
        Data::Total {
            agg: LEADS,
            base: 2_390.0,
        },
    );
    Dashboard {
        id: "01Z5g00000MktDaAAA",
        developer_name: "Marketing_Performance",
        title: "Marketing Performance",
        folder: "Marketing Dashboards",
        folder_id: "00l5g00000MarkeAAA",
        description: "Campaign reach and lead generation",
        palette: "sunrise",
        theme: "dark",
        layout: Layout::Grid {
            columns: 12,
            row_height: 36,
            cells: vec![
                (0, 0, 6, 8),
                (6, 0, 6, 8),
                (0, 8, 8, 6),
                (8, 8, 4, 3),
                (8, 11, 4, 3),
            ],
        },
        components: vec![scatter, by_source, campaigns, roi, leads],
        filters: vec![Filter {
            id: "0IB5g00000ChannAAA",
            name: "Channel",
            options: vec![
                ("0IC5g00000OnlinAAA", "Online", "Web,Search"),
                ("0IC5g00000EventAAA", "Events", "Trade Show,Webinar"),
            ],
        }],
    }
}

fn executive() -> Dashboard {
    let mut revenue = component(
        "01a5g00000ExeReAAA",
        "Revenue (YTD)",
        "Metric",
        Data::Total {
            agg: AMOUNT,
            base: 21_640_000.0,
        },
    );
    revenue.breaks = vec![
        (None, Some(15_000_000.0), "c23934"),
        (Some(15_000_000.0), Some(20_000_000.0), "ffb75d"),
        (Some(20_000_000.0), None, "04844b"),
    ];
    let customers = component(
        "01a5g00000ExeCuAAA",
        "Active Customers",
        "Metric",
        Data::Total {
            agg: ROWS,
            base: 1_284.0,
        },
    );
    let mut combo = component(
        "01a5g00000ExeCoAAA",
        "Bookings and Deal Count by Month",
        "Column",
        Data::Groups {
            grouping: MONTH,
            aggs: vec![AMOUNT, ROWS],
            rows: vec![
                ("July 2026", Some("2026-07-01"), vec![1_610_000.0, 41.0]),
                ("August 2026", Some("2026-08-01"), vec![1_420_000.0, 37.0]),
                (
                    "September 2026",
                    Some("2026-09-01"),
                    vec![2_030_000.0, 52.0],
                ),
                ("October 2026", Some("2026-10-01"), vec![1_880_000.0, 46.0]),
                ("November 2026", Some("2026-11-01"), vec![2_240_000.0, 58.0]),
            ],
        },
    );
    combo.y2_line = true;
    let mut regions = component(
        "01a5g00000ExeGeAAA",
        "Revenue by Region and Segment",
        "Bar",
        Data::Matrix {
            outer: REGION,
            inner: Grouping {
                api: "SEGMENT__c",
                label: "Segment",
                data_type: "picklist",
            },
            agg: AMOUNT,
            outer_labels: vec!["Americas", "EMEA", "APAC"],
            inner_labels: vec!["Enterprise", "Mid-Market", "SMB"],
            base: vec![
                vec![5_200_000.0, 2_900_000.0, 1_400_000.0],
                vec![4_100_000.0, 2_300_000.0, 1_100_000.0],
                vec![2_300_000.0, 1_500_000.0, 840_000.0],
            ],
        },
    );
    regions.group_by_type = Some("stacked");
    let mut mix = component(
        "01a5g00000ExeMiAAA",
        "Revenue by Product Family",
        "Donut",
        Data::Groups {
            grouping: Grouping {
                api: "PRODUCT_FAMILY",
                label: "Product Family",
                data_type: "picklist",
            },
            aggs: vec![AMOUNT],
            rows: vec![
                ("Platform", None, vec![9_800_000.0]),
                ("Analytics", None, vec![6_100_000.0]),
                ("Services", None, vec![3_900_000.0]),
                ("Training", None, vec![1_840_000.0]),
            ],
        },
    );
    mix.show_total = true;
    Dashboard {
        id: "01Z5g00000ExecDAAA",
        developer_name: "Executive_Overview",
        title: "Executive Overview",
        folder: "Leadership",
        folder_id: "00l5g00000LeadeAAA",
        description: "Company-wide results at a glance",
        palette: "aurora",
        theme: "dark",
        layout: Layout::Grid {
            columns: 12,
            row_height: 36,
            cells: vec![
                (0, 0, 3, 5),
                (0, 5, 3, 5),
                (3, 0, 9, 10),
                (0, 10, 7, 8),
                (7, 10, 5, 8),
            ],
        },
        components: vec![revenue, customers, combo, regions, mix],
        filters: vec![],
    }
}
