//! The byte layer under the files `open()` returns: an OS file with one
//! buffer that serves both directions, as CPython's `BufferedRandom` does.
//! Read-ahead is given back (the OS position moved to the logical one)
//! before a write, and pending writes go out before a read or a seek, so a
//! `+` mode file can switch direction freely.

use std::fs::File;
use std::io::{self, BufRead, Read, Seek, SeekFrom, Write};

/// How many bytes one read asks the OS for, and how many written bytes are
/// held before they go out.
const CAPACITY: usize = 8192;

/// A buffered OS file.
pub struct BufFile {
    file: File,
    /// Bytes read ahead; those before `rpos` are consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet handed to the OS.
    wbuf: Vec<u8>,
}

impl BufFile {
    /// Wraps an open file.
    pub fn new(file: File) -> BufFile {
        BufFile { file, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }
    }

    /// The OS file.
    pub fn file(&self) -> &File {
        &self.file
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Drops the read-ahead, moving the OS position back to the logical one.
    fn give_back(&mut self) -> io::Result<()> {
        let n = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if n > 0 {
            self.file.seek(SeekFrom::Current(-(n as i64)))?;
        }
        Ok(())
    }

    /// Hands pending writes to the OS.
    pub fn flush(&mut self) -> io::Result<()> {
        if !self.wbuf.is_empty() {
            let result = self.file.write_all(&self.wbuf);
            self.wbuf.clear();
            result?;
        }
        Ok(())
    }

    /// Writes `data` (buffered).
    pub fn write(&mut self, data: &[u8]) -> io::Result<()> {
        self.give_back()?;
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CAPACITY {
            self.flush()?;
        }
        Ok(())
    }

    /// Moves to `to` and returns the new position.
    pub fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.flush()?;
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n - self.unread() as i64),
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        self.file.seek(to)
    }

    /// The logical position.
    pub fn tell(&mut self) -> io::Result<u64> {
        let os = self.file.stream_position()?;
        Ok(os - self.unread() as u64 + self.wbuf.len() as u64)
    }

    /// Cuts (or extends) the file to `size` bytes (the current position
    /// when `None`), which stays where it is; returns the size.
    pub fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        self.flush()?;
        self.give_back()?;
        let size = match size {
            Some(s) => s,
            None => self.file.stream_position()?,
        };
        self.file.set_len(size)?;
        Ok(size)
    }

    /// Reads up to `limit` bytes through the next `\n` (all of it when `None`).
    pub fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            if room == 0 {
                break;
            }
            let avail = self.fill_buf()?;
            if avail.is_empty() {
                break;
            }
            let window = &avail[..avail.len().min(room)];
            match window.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&window[..=i]);
                    self.consume(i + 1);
                    break;
                }
                None => {
                    let n = window.len();
                    out.extend_from_slice(window);
                    self.consume(n);
                }
            }
        }
        Ok(out)
    }

    /// Reads up to `n` bytes (fewer only at end of file), or all the rest.
    pub fn read_bytes(&mut self, n: Option<usize>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        match n {
            Some(n) => {
                self.take(n as u64).read_to_end(&mut out)?;
            }
            None => {
                self.read_to_end(&mut out)?;
            }
        }
        Ok(out)
    }

    /// The buffered bytes, reading some if none are (`peek`).
    pub fn peek(&mut self) -> io::Result<Vec<u8>> {
        Ok(self.fill_buf()?.to_vec())
    }
}

impl Read for BufFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.unread() == 0 && out.len() >= CAPACITY {
            self.flush()?;
            return self.file.read(out);
        }
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for BufFile {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.rpos >= self.rbuf.len() {
            self.flush()?;
            self.rbuf.resize(CAPACITY, 0);
            self.rpos = 0;
            match self.file.read(&mut self.rbuf) {
                Ok(n) => self.rbuf.truncate(n),
                Err(e) => {
                    self.rbuf.clear();
                    return Err(e);
                }
            }
        }
        Ok(&self.rbuf[self.rpos..])
    }

    fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
    }
}

impl Drop for BufFile {
    /// An unclosed file's pending writes still reach the disk.
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("isopy_bufio_{}_{name}", std::process::id()))
    }

    #[test]
    fn switches_between_reading_and_writing() {
        let path = temp("switch");
        std::fs::write(&path, b"hello\nworld\n").unwrap();
        let file = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        let mut f = BufFile::new(file);
        assert_eq!(f.read_line(None).unwrap(), b"hello\n");
        assert_eq!(f.tell().unwrap(), 6);
        f.write(b"WORLD").unwrap();
        assert_eq!(f.tell().unwrap(), 11);
        f.seek(SeekFrom::Start(0)).unwrap();
        assert_eq!(f.read_bytes(None).unwrap(), b"hello\nWORLD\n");
        assert_eq!(f.truncate(Some(5)).unwrap(), 5);
        f.seek(SeekFrom::Start(0)).unwrap();
        assert_eq!(f.read_bytes(Some(100)).unwrap(), b"hello");
        drop(f);
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn read_line_honours_its_limit() {
        let path = temp("limit");
        std::fs::write(&path, b"abcdef\ngh").unwrap();
        let mut f = BufFile::new(File::open(&path).unwrap());
        assert_eq!(f.read_line(Some(3)).unwrap(), b"abc");
        assert_eq!(f.read_line(None).unwrap(), b"def\n");
        assert_eq!(f.read_line(None).unwrap(), b"gh");
        assert_eq!(f.read_line(None).unwrap(), b"");
        drop(f);
        std::fs::remove_file(&path).unwrap();
    }
}
