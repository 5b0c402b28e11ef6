//! The disassembler behind `isopy --dis`: every code object, its
//! instructions with line numbers, resolved operands and jump targets, and
//! its exception table.

use std::fmt::Write;

use crate::code::{Code, Constant};
use crate::opcode::{BinaryOperator, Comparison, Operand, UnaryOperator};

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    let mut first = true;
    while let Some(code) = pending.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        write_code(&mut out, code);
        for c in code.constants.iter().rev() {
            if let Constant::Code(inner) = c {
                pending.push(inner);
            }
        }
    }
    out
}

fn write_code(out: &mut String, code: &Code) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}, file \"{}\">:",
        code.qualname, code.first_line, code.filename
    );
    let targets: Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.opcode().operand() == Operand::Jump)
        .map(|i| i.arg())
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (index, ins) in code.instructions.iter().enumerate() {
        let line = code.locations[index].line;
        let line_text = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let marker = if targets.contains(&(index as u32)) { ">>" } else { "  " };
        let op = ins.opcode();
        let _ = write!(out, "{line_text} {marker} {index:>4} {:<20}", op.name());
        if op.operand() != Operand::None {
            let _ = write!(out, " {:>4}", ins.arg());
            let detail = describe_operand(code, op.operand(), ins.arg());
            if !detail.is_empty() {
                let _ = write!(out, " ({detail})");
            }
        }
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in code.exception_table.iter() {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(out, "  {} to {} -> {} [{}]{}", e.start, e.end, e.target, e.depth, lasti);
        }
    }
}

fn describe_operand(code: &Code, operand: Operand, arg: u32) -> String {
    let i = arg as usize;
    match operand {
        Operand::Const => code.constants.get(i).map(describe_constant).unwrap_or_default(),
        Operand::Name => code.names.get(i).map(|n| n.to_string()).unwrap_or_default(),
        Operand::Local => code.varnames.get(i).map(|n| n.to_string()).unwrap_or_default(),
        Operand::Deref => code.deref_name(arg).to_string(),
        Operand::Jump => format!("to {arg}"),
        Operand::BinaryOp => match BinaryOperator::decode(arg) {
            Some((op, true)) => format!("{}=", op.symbol()),
            Some((op, false)) => op.symbol().to_string(),
            None => String::new(),
        },
        Operand::UnaryOp => match UnaryOperator::decode(arg) {
            Some(UnaryOperator::Negative) => "-".into(),
            Some(UnaryOperator::Positive) => "+".into(),
            Some(UnaryOperator::Invert) => "~".into(),
            Some(UnaryOperator::Not) => "not".into(),
            None => String::new(),
        },
        Operand::Compare => Comparison::decode(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
        Operand::Count | Operand::Flags | Operand::None => String::new(),
    }
}

fn describe_constant(c: &Constant) -> String {
    use isopy_syntax::pyrepr::{bytes_repr, float_repr, imaginary_repr, int_to_decimal, str_repr};
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(v) => v.to_string(),
        Constant::BigInt { negative, radix, digits } => {
            // Show short ones in decimal; long ones as written.
            let body =
                if digits.len() <= 64 { int_to_decimal(*radix, digits) } else { format!("<{} digits>", digits.len()) };
            format!("{}{body}", if *negative { "-" } else { "" })
        }
        Constant::Float(f) => float_repr(*f),
        Constant::Imaginary(f) => imaginary_repr(*f),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(describe_constant).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(describe_constant).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!("<code object {}, line {}>", code.name, code.first_line),
    }
}
