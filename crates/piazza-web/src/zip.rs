//! A ZIP archive of uncompressed files (the "stored" method of the ZIP format), enough for a
//! person's data download: any unzip tool and every operating system opens it.

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// An archive being written: files are added in order, then `finish` writes the directory.
pub struct Zip {
    bytes: Vec<u8>,
    directory: Vec<u8>,
    entries: u16,
    dos_time: u16,
    dos_date: u16,
}

impl Zip {
    /// A new archive whose files are all dated `at`.
    pub fn new(at: time::OffsetDateTime) -> Zip {
        let year = (at.year().clamp(1980, 2107) - 1980) as u16;
        let dos_date = (year << 9) | (u16::from(u8::from(at.month())) << 5) | u16::from(at.day());
        let dos_time = (u16::from(at.hour()) << 11) | (u16::from(at.minute()) << 5) | u16::from(at.second() / 2);
        Zip { bytes: Vec::new(), directory: Vec::new(), entries: 0, dos_time, dos_date }
    }

    pub fn add(&mut self, name: &str, content: &[u8]) {
        let offset = self.bytes.len() as u32;
        let crc = crc32(content);
        let size = content.len() as u32;
        // Flag bit 11: the name is UTF-8.
        let common = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes());
            out.extend_from_slice(&0x0800u16.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(&self.dos_time.to_le_bytes());
            out.extend_from_slice(&self.dos_date.to_le_bytes());
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
        };
        let mut local = Vec::new();
        local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut local);
        local.extend_from_slice(name.as_bytes());
        let mut central = Vec::new();
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        common(&mut central);
        // Comment length, disk number, internal and external attributes, local header offset.
        central.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(&local);
        self.bytes.extend_from_slice(content);
        self.directory.extend_from_slice(&central);
        self.entries += 1;
    }

    pub fn finish(mut self) -> Vec<u8> {
        let directory_offset = self.bytes.len() as u32;
        let directory_size = self.directory.len() as u32;
        self.bytes.extend_from_slice(&self.directory);
        self.bytes.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.bytes.extend_from_slice(&[0, 0, 0, 0]);
        self.bytes.extend_from_slice(&self.entries.to_le_bytes());
        self.bytes.extend_from_slice(&self.entries.to_le_bytes());
        self.bytes.extend_from_slice(&directory_size.to_le_bytes());
        self.bytes.extend_from_slice(&directory_offset.to_le_bytes());
        self.bytes.extend_from_slice(&0u16.to_le_bytes());
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn an_archive_lists_its_files_in_the_directory() {
        let mut zip = Zip::new(time::macros::datetime!(2026-11-22 13:05:07 UTC));
        zip.add("data.json", b"{}");
        zip.add("profile.csv", b"username\nanna\n");
        let bytes = zip.finish();
        assert_eq!(&bytes[..4], &[0x50, 0x4b, 0x03, 0x04]);
        let end = &bytes[bytes.len() - 22..];
        assert_eq!(&end[..4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2, "two entries");
        let directory = u32::from_le_bytes([end[16], end[17], end[18], end[19]]) as usize;
        assert_eq!(&bytes[directory..directory + 4], &[0x50, 0x4b, 0x01, 0x02]);
    }
}
