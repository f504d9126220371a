//! Prints the JSON record of every bench document, one line each (name, then the record): the output to compare
//! before and after a change meant to leave results alone (a speed change), e.g.
//! `parse_dump > /tmp/a.jsonl; ... rebuild ...; parse_dump | cmp - /tmp/a.jsonl`.
//! `BENCH_DOCS=folder` reads that folder's .txt files instead (see vanban_benches::corpus); `LIMIT=n` the first n.

fn main() {
    for (name, text) in vanban_benches::corpus() {
        println!("{name}\t{}", vanban_core::parse(&text).to_json());
    }
}
