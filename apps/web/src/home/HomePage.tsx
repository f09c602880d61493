export function HomePage() {
  return <main id="main" className="p-8">Touchpoint</main>;
}
