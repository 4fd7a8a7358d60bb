//! A minimal HTTP/1.1 client: GET requests over one keep-alive connection, each response read
//! in full. Piazza's responses carry `Content-Length`, so that is all it understands; anything
//! else is an error, and the caller opens a new connection.

use std::io::{Error, ErrorKind};
use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How much room to make in the buffer before each read: a whole page of proposals fits in a
/// few reads, instead of the many small ones an unreserved buffer would take.
const READ_CHUNK: usize = 64 * 1024;

/// The end of a response's head.
const HEAD_END: &[u8] = b"\r\n\r\n";

pub struct Connection {
    stream: TcpStream,
    host: String,
    /// Bytes read and not yet consumed; kept between requests to reuse its allocation.
    buffer: Vec<u8>,
    request: String,
    /// Set when the server said it closes the connection after the last response.
    closing: bool,
}

impl Connection {
    pub async fn open(address: SocketAddr) -> std::io::Result<Connection> {
        let stream = TcpStream::connect(address).await?;
        // Requests are small and written at once; waiting to coalesce them would only add
        // latency that no browser sees.
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream,
            host: address.to_string(),
            buffer: Vec::with_capacity(READ_CHUNK),
            request: String::new(),
            closing: false,
        })
    }

    /// Sends `GET path` and reads the whole response; returns its status code and the length
    /// of its body. After an error the connection is in an unknown state and must be dropped.
    pub async fn get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        use std::fmt::Write;
        self.request.clear();
        // Writing into a String cannot fail.
        let _ = write!(
            self.request,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: keep-alive\r\nUser-Agent: piazza-bench\r\n\
             Accept: text/html\r\nAccept-Language: it-IT,it;q=0.9,en;q=0.8\r\n\r\n",
            self.host
        );
        self.stream.write_all(self.request.as_bytes()).await?;

        self.buffer.clear();
        let head_length = loop {
            if let Some(position) = self.buffer.windows(HEAD_END.len()).position(|window| window == HEAD_END) {
                break position + HEAD_END.len();
            }
            self.read_more().await?;
        };
        let head = std::str::from_utf8(&self.buffer[..head_length])
            .map_err(|_| Error::new(ErrorKind::InvalidData, "response head is not UTF-8"))?;
        let (status, content_length, closing) = parse_head(head)?;
        self.closing = closing;
        let total = head_length + content_length;
        while self.buffer.len() < total {
            self.read_more().await?;
        }
        if self.buffer.len() > total {
            // Nothing was asked for beyond this response, so extra bytes mean the framing is
            // not what this client understands.
            return Err(Error::new(ErrorKind::InvalidData, "more bytes than Content-Length announced"));
        }
        Ok((status, content_length))
    }

    /// Whether another request may be sent on this connection.
    pub fn reusable(&self) -> bool {
        !self.closing
    }

    async fn read_more(&mut self) -> std::io::Result<()> {
        self.buffer.reserve(READ_CHUNK);
        if self.stream.read_buf(&mut self.buffer).await? == 0 {
            return Err(Error::new(ErrorKind::UnexpectedEof, "the server closed the connection"));
        }
        Ok(())
    }
}

/// The status code, the body's length, and whether the server closes the connection after it,
/// from a response head.
fn parse_head(head: &str) -> std::io::Result<(u16, usize, bool)> {
    let invalid = |what: &str| Error::new(ErrorKind::InvalidData, what.to_owned());
    let mut lines = head.split("\r\n");
    let status_line = lines.next().ok_or_else(|| invalid("empty response"))?;
    let status = status_line
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid("not an HTTP/1.1 status line"))?;
    let mut content_length = None;
    let mut closing = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else { continue };
        if name.eq_ignore_ascii_case("content-length") {
            content_length = Some(value.trim().parse().map_err(|_| invalid("unreadable Content-Length"))?);
        } else if name.eq_ignore_ascii_case("connection") && value.trim().eq_ignore_ascii_case("close") {
            closing = true;
        }
    }
    // A body of unannounced length (chunked, or until close) cannot be told apart from the next
    // response on a kept-alive connection without more machinery than Piazza needs.
    let content_length = content_length.ok_or_else(|| invalid("response without Content-Length"))?;
    Ok((status, content_length, closing))
}
