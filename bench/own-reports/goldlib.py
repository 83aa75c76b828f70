# Helpers shared by mkgold.py and mkgold2.py: gold events, entities and time expressions in the
# format of ../../../shared/eval/dev/*.gold.json, and the writer of one .gold.json per document.
import json

def ev(i, anchor, s, t, roots, date=None, req=True, **kw):
    d = {"id": i, "anchor": anchor, "source": s, "target": t, "roots": roots, "date": date, "required": req}
    d.update(kw); return d

def ent(name, country, mentions, typ="country"):
    return {"name": name, "type": typ, "country": country, "mentions": mentions}

def dt(text, value): return {"text": text, "value": value}

def write(docs, note):
    for doc, d in docs.items():
        out = {"doc": doc, "text_file": d["text_file"], "notes": note, "boilerplate": d["boilerplate"], "title": d["title"],
               "events": d["events"], "entities": d["entities"], "dates": d["dates"]}
        with open(doc + ".gold.json", "w") as f:
            json.dump(out, f, indent=1, ensure_ascii=False); f.write("\n")
        evs = d["events"]
        print(doc, len(evs), "events:", sum(e["required"] and not e.get("negated") for e in evs), "required,",
              sum(not e["required"] and not e.get("negated") for e in evs), "optional,", sum(bool(e.get("negated")) for e in evs), "negated")
