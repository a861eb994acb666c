fn main() {
    slint_build::compile("ui/app.slint")
        .unwrap_or_else(|error| panic!("Slint UI failed to compile: {error}"));
}
