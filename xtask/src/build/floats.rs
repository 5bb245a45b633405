//! Keeps Rust's float printing (`core::fmt::float`, flt2dec's Grisu and Dragon, about 16 KB) out
//! of the configurator's first wasm chunk, which prints no number of its own: the page's numbers
//! go through the browser's `Intl`.
//!
//! The split tool's main module still has its function names, so the check reads it there: every
//! function that calls `<f32|f64 as Display|Debug>::fmt`, takes its address (a `{}` or `{:?}` of a
//! float: `format_args!` stores the formatter's table index), or points at a vtable holding that
//! index (a derived `Debug` of a struct with a float) is a way in, and fails the build with its
//! name. The libraries' own asserts were ways in until the viewer drew through its own lens instead
//! of three-d's camera (cgmath's `perspective` prints its bounds) and core's geometry stopped using
//! `f64::clamp` on bounds known only at run time (its check prints them).

use crate::cmd::{Failure, Result};
use std::collections::{BTreeSet, HashMap};
use wasmparser::{
    DataKind, ElementItems, ElementKind, KnownCustom, Name, Operator, Parser, Payload, TypeRef,
};

/// Whether a function is one of the float formatters.
fn is_float_formatter(name: &str) -> bool {
    (name.contains("4core3fmt5float") || name.contains("core..fmt..float"))
        && (name.contains("Display3fmt") || name.contains("Debug3fmt"))
}

/// Fails when a function of `module` leads to float printing.
pub fn check(module: &[u8]) -> Result {
    let ways = ways_in(module)?;
    if ways.is_empty() {
        return Ok(());
    }
    Err(Failure(format!(
        "the configurator's first chunk prints floats (about 16 KB of flt2dec): a `{{}}` or `{{:?}}` \
         of an f32/f64, or a Debug derive of a struct holding one, is reachable from it. Format \
         numbers with `crate::i18n` (the browser's Intl) or move the code into a later part. From: {}",
        ways.into_iter().collect::<Vec<_>>().join(", ")
    )))
}

/// The names of the functions that lead straight to a float formatter.
pub fn ways_in(module: &[u8]) -> Result<BTreeSet<String>> {
    let bad = |e: wasmparser::BinaryReaderError| Failure(format!("cannot read the wasm: {e}"));
    let mut imported = 0u32;
    let mut table: HashMap<u32, u32> = HashMap::new();
    let mut data: Vec<(u32, &[u8])> = Vec::new();
    let mut bodies: Vec<(Vec<u32>, Vec<u32>)> = Vec::new();
    let mut names: HashMap<u32, String> = HashMap::new();
    for payload in Parser::new(0).parse_all(module) {
        match payload.map_err(bad)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(
                        import.map_err(bad)?.ty,
                        TypeRef::Func(_) | TypeRef::FuncExact(_)
                    ) {
                        imported += 1;
                    }
                }
            }
            Payload::ElementSection(reader) => {
                for element in reader {
                    let element = element.map_err(bad)?;
                    let (ElementKind::Active { offset_expr, .. }, ElementItems::Functions(items)) =
                        (element.kind, element.items)
                    else {
                        continue;
                    };
                    let Some(offset) = constant(offset_expr.get_operators_reader()) else {
                        continue;
                    };
                    for (slot, function) in items.into_iter().enumerate() {
                        table.insert(function.map_err(bad)?, offset + slot as u32);
                    }
                }
            }
            Payload::DataSection(reader) => {
                for segment in reader {
                    let segment = segment.map_err(bad)?;
                    if let DataKind::Active { offset_expr, .. } = segment.kind {
                        if let Some(offset) = constant(offset_expr.get_operators_reader()) {
                            data.push((offset, segment.data));
                        }
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let (mut calls, mut constants) = (Vec::new(), Vec::new());
                let mut operators = body.get_operators_reader().map_err(bad)?;
                while !operators.eof() {
                    match operators.read().map_err(bad)? {
                        Operator::Call { function_index } => calls.push(function_index),
                        Operator::I32Const { value } => constants.push(value as u32),
                        _ => {}
                    }
                }
                bodies.push((calls, constants));
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for subsection in reader {
                        if let Name::Function(map) = subsection.map_err(bad)? {
                            for naming in map {
                                let naming = naming.map_err(bad)?;
                                names.insert(naming.index, naming.name.to_owned());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return Err(Failure(
            "the split main module has no function names to check float printing by".to_owned(),
        ));
    }
    let formatters: BTreeSet<u32> = names
        .iter()
        .filter(|(_, name)| is_float_formatter(name))
        .map(|(index, _)| *index)
        .collect();
    // A formatter's address as code stores it (its table slot), and the `dyn Debug`/`dyn Display`
    // vtables holding that slot: drop, size, align (both 4 or 8 for a float), then `fmt`.
    let mut pointers = BTreeSet::new();
    for slot in formatters.iter().filter_map(|f| table.get(f)) {
        pointers.insert(*slot);
        for (offset, bytes) in &data {
            for (at, vtable) in bytes.windows(16).enumerate() {
                let word = |i: usize| {
                    u32::from_le_bytes([vtable[i], vtable[i + 1], vtable[i + 2], vtable[i + 3]])
                };
                let address = offset + at as u32;
                if address.is_multiple_of(4)
                    && word(12) == *slot
                    && word(4) == word(8)
                    && matches!(word(4), 4 | 8)
                {
                    pointers.insert(address);
                }
            }
        }
    }
    Ok(bodies
        .iter()
        .enumerate()
        .map(|(local, body)| (imported + local as u32, body))
        .filter(|(index, (calls, constants))| {
            !formatters.contains(index)
                && (calls.iter().any(|c| formatters.contains(c))
                    || constants.iter().any(|c| pointers.contains(c)))
        })
        .map(|(index, _)| {
            names
                .get(&index)
                .cloned()
                .unwrap_or_else(|| format!("function {index}"))
        })
        .collect())
}

/// The value of a constant expression that is one `i32.const`.
fn constant(mut operators: wasmparser::OperatorsReader<'_>) -> Option<u32> {
    match operators.read().ok()? {
        Operator::I32Const { value } => Some(value as u32),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, ConstExpr, DataSection, ElementSection, Elements, Function, FunctionSection,
        Instruction, MemorySection, MemoryType, Module, NameMap, NameSection, RefType,
        TableSection, TableType, TypeSection,
    };

    const FORMATTER: &str = "_RNvXs7_NtNtCs1a_4core3fmt5floatdNtB7_7Display3fmt";
    /// Where the module's one `dyn Debug` vtable for an f64 lies.
    const VTABLE: u32 = 1024;
    /// The formatter's table slot.
    const SLOT: u32 = 1;

    /// A module with the float formatter (function 0, in table slot 1, and in a vtable) and the
    /// functions given, each as its name and its body's instructions.
    fn module(functions: &[(&str, Vec<Instruction<'static>>)]) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut declared = FunctionSection::new();
        let mut code = CodeSection::new();
        let mut names = NameMap::new();
        let bodies = std::iter::once((FORMATTER, vec![])).chain(functions.iter().cloned());
        for (index, (name, body)) in bodies.enumerate() {
            declared.function(0);
            let mut function = Function::new([]);
            for instruction in &body {
                function.instruction(instruction);
            }
            function.instruction(&Instruction::End);
            code.function(&function);
            names.append(index as u32, name);
        }
        let mut tables = TableSection::new();
        tables.table(TableType {
            element_type: RefType::FUNCREF,
            table64: false,
            minimum: 2,
            maximum: Some(2),
            shared: false,
        });
        let mut memories = MemorySection::new();
        memories.memory(MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        let mut elements = ElementSection::new();
        elements.active(
            None,
            &ConstExpr::i32_const(SLOT as i32),
            Elements::Functions([0u32][..].into()),
        );
        let mut data = DataSection::new();
        let vtable: Vec<u8> = [0u32, 8, 8, SLOT]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        data.active(0, &ConstExpr::i32_const(VTABLE as i32), vtable);
        let mut section = NameSection::new();
        section.functions(&names);
        let mut module = Module::new();
        module
            .section(&types)
            .section(&declared)
            .section(&tables)
            .section(&memories)
            .section(&elements)
            .section(&code)
            .section(&data)
            .section(&section);
        module.finish()
    }

    fn pointer(value: u32) -> Vec<Instruction<'static>> {
        vec![Instruction::I32Const(value as i32), Instruction::Drop]
    }

    #[test]
    fn every_way_to_a_float_formatter_is_found() {
        let wasm = module(&[
            ("atelier::prints_a_price", vec![Instruction::Call(0)]),
            ("atelier::keeps_the_formatter", pointer(SLOT)),
            ("<atelier::Size as core::fmt::Debug>::fmt", pointer(VTABLE)),
            ("three_d_asset::camera::planar", vec![Instruction::Call(0)]),
            ("atelier::counts_to_seven", pointer(7)),
        ]);
        let found = ways_in(&wasm).map_err(|e| e.0).unwrap();
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [
                "<atelier::Size as core::fmt::Debug>::fmt",
                "atelier::keeps_the_formatter",
                "atelier::prints_a_price",
                "three_d_asset::camera::planar",
            ]
        );
        let failure = check(&wasm).unwrap_err().0;
        assert!(failure.ends_with(
            "From: <atelier::Size as core::fmt::Debug>::fmt, atelier::keeps_the_formatter, atelier::prints_a_price, three_d_asset::camera::planar"
        ), "{failure}");
    }

    #[test]
    fn a_module_without_a_way_in_passes() {
        let wasm = module(&[("atelier::counts_to_seven", pointer(7))]);
        assert!(check(&wasm).is_ok());
    }
}
