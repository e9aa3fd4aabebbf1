import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

const components: Components = {
  a: ({ href, children, node: _node, ...rest }) => {
    // An unsafe URL arrives here emptied by urlTransform: show the text, not a dead link.
    if (!href) return <span className="unsafe-link" title="Link removed: unsafe address">{children}</span>
    const external = /^(https?:)?\/\//i.test(href)
    return (
      <a href={href} {...rest} {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}>
        {children}
      </a>
    )
  },
  // Cells keep their words whole; a table wider than the page scrolls inside its own box.
  table: ({ node: _node, ...rest }) => (
    <div className="markdown-table">
      <table {...rest} />
    </div>
  ),
  img: ({ src, alt }) => (typeof src === 'string' && /^https:\/\//i.test(src) ? <img src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" /> : null),
}

/**
 * Renders untrusted Markdown: raw HTML is shown as text, never parsed; unsafe URLs
 * (javascript:, data:) are dropped; external links open in a new tab without an opener.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml={false} urlTransform={defaultUrlTransform} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  )
}
