//! Prints the benchmarks' generated portfolio as JSON:
//! `cargo run --release --example bench_portfolio -- CUSTOMERS ITEMS_PER_CUSTOMER`.

#[path = "../benches/support/portfolio.rs"]
mod generated;

fn main() {
    let mut args = std::env::args().skip(1).map(|arg| arg.parse::<usize>());
    let (Some(Ok(customers)), Some(Ok(items))) = (args.next(), args.next()) else {
        eprintln!("usage: bench_portfolio CUSTOMERS ITEMS_PER_CUSTOMER");
        std::process::exit(2);
    };
    println!("{}", generated::portfolio(customers, items));
}
