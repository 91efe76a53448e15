; BrainTS kernel for neuron model HindmarshRose (models/hindmarsh_rose.ts:24), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): x, y, z, I, armed.
; Group-uniform parameters (params): a, b, c, d, r, s, x_R, x_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'HindmarshRose.cpu'
source_filename = "models/hindmarsh_rose.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @HindmarshRose_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/hindmarsh_rose.ts:44  update(t: number, dt: number) {
  %x.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !7
  %y.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %y.ptr = load double*, double** %y.slot, align 8, !dbg !7
  %z.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %z.ptr = load double*, double** %z.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %a.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %a = load double, double* %a.slot, align 8, !dbg !7
  %b.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %b = load double, double* %b.slot, align 8, !dbg !7
  %c.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %c = load double, double* %c.slot, align 8, !dbg !7
  %d.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %d = load double, double* %d.slot, align 8, !dbg !7
  %r.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %r = load double, double* %r.slot, align 8, !dbg !7
  %s.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %s = load double, double* %s.slot, align 8, !dbg !7
  %x_R.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %x_R = load double, double* %x_R.slot, align 8, !dbg !7
  %x_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %x_th = load double, double* %x_th.slot, align 8, !dbg !7
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !8
  %u1 = fmul double 5.000000e-01, %dt, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %i, !dbg !9
  %x = load double, double* %x.addr, align 8, !dbg !9
  %y.addr = getelementptr inbounds double, double* %y.ptr, i64 %i, !dbg !10
  %y = load double, double* %y.addr, align 8, !dbg !10
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %1 = fmul double %x, %x, !dbg !11
  %2 = fmul double %x, %1, !dbg !11
  %3 = fmul double %a, %2, !dbg !11
  %4 = fsub double %y, %3, !dbg !11
  %5 = fmul double %x, %x, !dbg !12
  %6 = fmul double %b, %5, !dbg !12
  %7 = fadd double %4, %6, !dbg !12
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %z.addr = getelementptr inbounds double, double* %z.ptr, i64 %i, !dbg !13
  %z = load double, double* %z.addr, align 8, !dbg !13
  %8 = fsub double %7, %z, !dbg !13
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !14
  %I = load double, double* %I.addr, align 8, !dbg !14
  %9 = fadd double %8, %I, !dbg !14
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %10 = fmul double %x, %x, !dbg !15
  %11 = fmul double %d, %10, !dbg !15
  %12 = fsub double %c, %11, !dbg !15
  %13 = fsub double %12, %y, !dbg !15
  %14 = fmul double %u1, %13, !dbg !15
  %15 = fadd double %y, %14, !dbg !15
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %16 = fmul double %u1, %9, !dbg !8
  %17 = fadd double %x, %16, !dbg !8
  %18 = fmul double %17, %17, !dbg !8
  %19 = fmul double %17, %18, !dbg !8
  %20 = fmul double %a, %19, !dbg !8
  %21 = fsub double %15, %20, !dbg !8
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %22 = fmul double %17, %17, !dbg !12
  %23 = fmul double %b, %22, !dbg !12
  %24 = fadd double %21, %23, !dbg !12
  %25 = fsub double %x, %x_R, !dbg !16
  %26 = fmul double %s, %25, !dbg !16
  %27 = fsub double %26, %z, !dbg !16
  %28 = fmul double %r, %27, !dbg !16
  %29 = fmul double %u1, %28, !dbg !16
  %30 = fadd double %z, %29, !dbg !16
  %31 = fsub double %24, %30, !dbg !16
  %32 = fadd double %31, %I, !dbg !16
  %33 = fmul double 2.000000e+00, %32, !dbg !16
  %34 = fadd double %9, %33, !dbg !16
  %35 = fmul double %17, %17, !dbg !15
  %36 = fmul double %d, %35, !dbg !15
  %37 = fsub double %c, %36, !dbg !15
  %38 = fsub double %37, %15, !dbg !15
  %39 = fmul double %u1, %38, !dbg !15
  %40 = fadd double %y, %39, !dbg !15
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %41 = fmul double %u1, %32, !dbg !8
  %42 = fadd double %x, %41, !dbg !8
  %43 = fmul double %42, %42, !dbg !8
  %44 = fmul double %42, %43, !dbg !8
  %45 = fmul double %a, %44, !dbg !8
  %46 = fsub double %40, %45, !dbg !8
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %47 = fmul double %42, %42, !dbg !12
  %48 = fmul double %b, %47, !dbg !12
  %49 = fadd double %46, %48, !dbg !12
  %50 = fsub double %17, %x_R, !dbg !17
  %51 = fmul double %s, %50, !dbg !17
  %52 = fsub double %51, %30, !dbg !17
  %53 = fmul double %r, %52, !dbg !17
  %54 = fmul double %u1, %53, !dbg !17
  %55 = fadd double %z, %54, !dbg !17
  %56 = fsub double %49, %55, !dbg !17
  %57 = fadd double %56, %I, !dbg !17
  %58 = fmul double 2.000000e+00, %57, !dbg !17
  %59 = fadd double %34, %58, !dbg !17
  %60 = fmul double %42, %42, !dbg !15
  %61 = fmul double %d, %60, !dbg !15
  %62 = fsub double %c, %61, !dbg !15
  %63 = fsub double %62, %40, !dbg !15
  %64 = fmul double %dt, %63, !dbg !15
  %65 = fadd double %y, %64, !dbg !15
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %66 = fmul double %dt, %57, !dbg !8
  %67 = fadd double %x, %66, !dbg !8
  %68 = fmul double %67, %67, !dbg !8
  %69 = fmul double %67, %68, !dbg !8
  %70 = fmul double %a, %69, !dbg !8
  %71 = fsub double %65, %70, !dbg !8
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %72 = fmul double %67, %67, !dbg !12
  %73 = fmul double %b, %72, !dbg !12
  %74 = fadd double %71, %73, !dbg !12
  %75 = fsub double %42, %x_R, !dbg !17
  %76 = fmul double %s, %75, !dbg !17
  %77 = fsub double %76, %55, !dbg !17
  %78 = fmul double %r, %77, !dbg !17
  %79 = fmul double %dt, %78, !dbg !17
  %80 = fadd double %z, %79, !dbg !17
  %81 = fsub double %74, %80, !dbg !17
  %82 = fadd double %81, %I, !dbg !17
  %83 = fadd double %59, %82, !dbg !17
  %84 = fmul double %u0, %83, !dbg !17
  %x.next = fadd double %x, %84, !dbg !17
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %85 = fmul double 2.000000e+00, %38, !dbg !8
  %86 = fadd double %13, %85, !dbg !8
  %87 = fmul double 2.000000e+00, %63, !dbg !8
  %88 = fadd double %86, %87, !dbg !8
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %89 = fmul double %67, %67, !dbg !15
  %90 = fmul double %d, %89, !dbg !15
  %91 = fsub double %c, %90, !dbg !15
  %92 = fsub double %91, %65, !dbg !15
  %93 = fadd double %88, %92, !dbg !15
  %94 = fmul double %u0, %93, !dbg !15
  %y.next = fadd double %y, %94, !dbg !15
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %95 = fmul double 2.000000e+00, %53, !dbg !8
  %96 = fadd double %28, %95, !dbg !8
  %97 = fmul double 2.000000e+00, %78, !dbg !8
  %98 = fadd double %96, %97, !dbg !8
  ; models/hindmarsh_rose.ts:41  return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  %99 = fsub double %67, %x_R, !dbg !17
  %100 = fmul double %s, %99, !dbg !17
  %101 = fsub double %100, %80, !dbg !17
  %102 = fmul double %r, %101, !dbg !17
  %103 = fadd double %98, %102, !dbg !17
  %104 = fmul double %u0, %103, !dbg !17
  %z.next = fadd double %z, %104, !dbg !17
  ; models/hindmarsh_rose.ts:47  this.spikeOnUpwardCrossing(x0, this.x, this.x_th);
  %105 = fcmp ogt double %x.next, %x_th, !dbg !18
  ; models/hindmarsh_rose.ts:45  const x0 = this.x; // the value at the step's start
  %106 = fcmp ogt double %x, %x_th, !dbg !19
  %107 = xor i1 %106, true, !dbg !19
  ; runtime/crossing.ts:17  @state armed = 1; // 1
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !20
  %armed = load double, double* %armed.addr, align 8, !dbg !20
  %108 = select i1 %107, double 1.000000e+00, double %armed, !dbg !20
  ; runtime/crossing.ts:27  if (after > threshold && this.armed > 0.5) {
  %109 = fcmp ogt double %108, 5.000000e-01, !dbg !23
  %110 = and i1 %105, %109, !dbg !23
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.next = select i1 %110, double 0.000000e+00, double %108, !dbg !24
  ; models/hindmarsh_rose.ts:46  [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
  %x.addr1 = getelementptr inbounds double, double* %x.ptr, i64 %i, !dbg !25
  store double %x.next, double* %x.addr1, align 8, !dbg !25
  %111 = fsub double %x.next, %x.next, !dbg !25
  %112 = bitcast double %111 to i64, !dbg !25
  %x.bad = or i64 0, %112, !dbg !25
  %y.addr2 = getelementptr inbounds double, double* %y.ptr, i64 %i, !dbg !25
  store double %y.next, double* %y.addr2, align 8, !dbg !25
  %113 = fsub double %y.next, %y.next, !dbg !25
  %114 = bitcast double %113 to i64, !dbg !25
  %y.bad = or i64 %x.bad, %114, !dbg !25
  %z.addr3 = getelementptr inbounds double, double* %z.ptr, i64 %i, !dbg !25
  store double %z.next, double* %z.addr3, align 8, !dbg !25
  %115 = fsub double %z.next, %z.next, !dbg !25
  %116 = bitcast double %115 to i64, !dbg !25
  %z.bad = or i64 %y.bad, %116, !dbg !25
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.addr4 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !26
  store double %armed.next, double* %armed.addr4, align 8, !dbg !26
  %117 = fsub double %armed.next, %armed.next, !dbg !26
  %118 = bitcast double %117 to i64, !dbg !26
  %armed.bad = or i64 %z.bad, %118, !dbg !26
  ; models/hindmarsh_rose.ts:37  @current I = 0; // 1, added to dx/dt (per ms)
  %I.addr5 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !27
  store double 0.000000e+00, double* %I.addr5, align 8, !dbg !27
  ; models/hindmarsh_rose.ts:44  update(t: number, dt: number) {
  %spiked.byte = zext i1 %110 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %armed.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %119 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %119, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %120 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %120 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "hindmarsh_rose.ts", directory: "models")
!4 = distinct !DISubprogram(name: "HindmarshRose.update", linkageName: "HindmarshRose_update", scope: !3, file: !3, line: 44, type: !5, scopeLine: 44, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 44, column: 3, scope: !4)
!8 = !DILocation(line: 46, column: 32, scope: !4)
!9 = !DILocation(line: 46, column: 48, scope: !4)
!10 = !DILocation(line: 46, column: 56, scope: !4)
!11 = !DILocation(line: 41, column: 26, scope: !4)
!12 = !DILocation(line: 41, column: 44, scope: !4)
!13 = !DILocation(line: 46, column: 64, scope: !4)
!14 = !DILocation(line: 46, column: 72, scope: !4)
!15 = !DILocation(line: 41, column: 78, scope: !4)
!16 = !DILocation(line: 41, column: 114, scope: !4)
!17 = !DILocation(line: 41, column: 110, scope: !4)
!18 = !DILocation(line: 47, column: 44, scope: !4)
!19 = !DILocation(line: 45, column: 16, scope: !4)
!20 = !DILocation(line: 17, column: 3, scope: !21)
!21 = distinct !DILexicalBlock(scope: !4, file: !22, line: 1, column: 1)
!22 = !DIFile(filename: "crossing.ts", directory: "runtime")
!23 = !DILocation(line: 27, column: 43, scope: !21)
!24 = !DILocation(line: 28, column: 20, scope: !21)
!25 = !DILocation(line: 46, column: 5, scope: !4)
!26 = !DILocation(line: 28, column: 7, scope: !21)
!27 = !DILocation(line: 37, column: 3, scope: !4)
; braints-hash: 196a05ff55169ac18d5874df47953cb0a3ae0e0df3a20f1c74e0fbee2109e65d
