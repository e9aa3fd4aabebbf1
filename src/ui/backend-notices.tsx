/** What the catalogue said about how it shaped what is shown (datasets as products, a cap reached): each sentence once. */
export function BackendNotices({ notices }: { notices: readonly string[] | undefined }) {
  const unique = [...new Set(notices ?? [])]
  if (unique.length === 0) return null
  return (
    <aside className="notice notice-info" aria-label="About this catalogue">
      {unique.map((notice) => (
        <p key={notice} style={{ margin: 0 }}>
          {notice}
        </p>
      ))}
    </aside>
  )
}
