//! Pages as maud functions: a layout, small components, one function per
//! page. User data reaches HTML only through maud's escaping.

pub mod components;
pub mod layout;
pub mod pages;
pub mod recovery;

pub use crate::i18n::Lang;
pub use layout::PageContext;
