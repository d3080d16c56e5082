//! One integration-test binary against real servers (see support/).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod admin;
mod attack;
mod browser;
mod change;
mod cli;
mod hands;
mod hostile;
mod imap;
mod layout;
mod ldap;
mod lifecycle;
mod mail;
mod pages;
mod passwd_file;
mod policy;
mod proxy;
mod readme;
mod recovery;
mod replicas;
mod sql;
mod web;
